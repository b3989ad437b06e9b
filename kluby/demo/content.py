"""Demo content for the Kluby portal, in Polish (default), Romanian and English.

Pure data: no imports, no code. A loader turns it into pages, snippets and form fields.

Facts come from the programmes' public pages (see shared/facts.md); every sentence was
written for this portal. Anything invented for the demo (dates of news items, process
details, retention periods, the operator's details) sits in a dict marked "sample": True.

Body format (BODY): a list of tuples
    ("h2", text) | ("h3", text)
    ("p", html)                    # <strong>, <em>, <a href="https://..."> only
    ("ul", [html, ...]) | ("ol", [html, ...])
    ("callout", {"tone": "info" | "tip" | "warning", "title": text, "text": html})
    ("quote", {"text": text, "attribution": role})
"""

from __future__ import annotations

LANGUAGES = ("pl", "ro", "en")

# ---------------------------------------------------------------------------
# 1. Site name, tagline and footer
# ---------------------------------------------------------------------------

SITE = {
    "pl": {
        "site_name": "Kluby Kreatywności",
        "tagline": "Twórcze przestrzenie w bibliotekach i szkołach: zasoby, kluby, inspiracje",
        "footer_text": (
            "Portal łączy materiały programu Kluby Kreatywności Fundacji Rozwoju "
            "Społeczeństwa Informacyjnego i programu Learning Qub z Klużu. Bibliotekarze "
            "i nauczyciele znajdą tu gotowe pomysły na zajęcia, profile klubów i szkół "
            "oraz otwarte dane do ponownego wykorzystania."
        ),
    },
    "ro": {
        "site_name": "Cluburi de Creativitate & Learning Qub",
        "tagline": "Spații creative în biblioteci și școli: resurse, cluburi, idei de activități",
        "footer_text": (
            "Portalul reunește materialele programului polonez Kluby Kreatywności "
            "(Cluburi de Creativitate) și ale programului Learning Qub din Cluj. "
            "Bibliotecarii și profesorii găsesc aici idei de activități, profiluri de "
            "cluburi și școli și date deschise, pe care le pot refolosi liber."
        ),
    },
    "en": {
        "site_name": "Creativity Clubs & Learning Qub",
        "tagline": "Creative spaces in libraries and schools: resources, clubs, activity ideas",
        "footer_text": (
            "This portal brings together the Creativity Clubs programme (Kluby "
            "Kreatywności) of Poland's Information Society Development Foundation and the "
            "Learning Qub programme in Cluj, Romania. Librarians and teachers find ready "
            "activity ideas, club and school profiles, and open data they are free to reuse."
        ),
    },
}

# ---------------------------------------------------------------------------
# 2. Home page
# ---------------------------------------------------------------------------

HOME = {
    "pl": {
        "title": "Kluby Kreatywności",
        "intro": (
            "<p>Tu bibliotekarze i nauczyciele znajdą wszystko, czego potrzeba, by "
            "uruchomić twórczą pracownię: <strong>wiedzę, sprawdzone scenariusze zajęć "
            "i kontakty</strong> do osób, które już to robią. Portal łączy doświadczenia "
            "polskich bibliotek z programu Kluby Kreatywności i szkół z sieci Learning Qub "
            "w rumuńskim Klużu. Wszystkie treści są dostępne po polsku, rumuńsku i angielsku.</p>"
        ),
        "areas": [
            {
                "key": "resources",
                "title": "Zasobnik",
                "text": (
                    "Baza wiedzy o twórczych przestrzeniach: pojęcia, modele organizacyjne, "
                    "wyposażenie, przykłady z całego świata oraz biblioteka materiałów Qub "
                    "do pracy z uczniami."
                ),
            },
            {
                "key": "clubs",
                "title": "Kluby",
                "text": (
                    "Profile klubów działających w bibliotekach: gdzie są, jakim sprzętem "
                    "dysponują i jakie zajęcia prowadzą. Sprawdź, kto działa w Twojej okolicy."
                ),
            },
            {
                "key": "inspirations",
                "title": "Inspiracje",
                "text": (
                    "Opisy zajęć gotowe do przeprowadzenia: dla kogo, ile trwają, czego "
                    "potrzeba i jak je poprowadzić krok po kroku. Każdą kartę można wydrukować."
                ),
            },
            {
                "key": "network",
                "title": "Sieć szkół",
                "text": (
                    "Sieć Szkół z Klużu i centrum Qub: szkoły, partnerzy, wspólne projekty, "
                    "wydarzenia i postępy w realizacji celów programu Learning Qub."
                ),
            },
        ],
    },
    "ro": {
        "title": "Cluburi de Creativitate & Learning Qub",
        "intro": (
            "<p>Bibliotecarii și profesorii găsesc aici tot ce le trebuie pentru a porni "
            "un spațiu creativ: <strong>cunoștințe, activități testate și contacte</strong> "
            "cu cei care fac deja acest lucru. Portalul adună experiența bibliotecilor "
            "poloneze din programul Kluby Kreatywności și a școlilor din rețeaua Learning "
            "Qub din Cluj. Tot conținutul este disponibil în română, poloneză și engleză.</p>"
        ),
        "areas": [
            {
                "key": "resources",
                "title": "Resurse",
                "text": (
                    "Baza de cunoștințe despre spațiile creative (Zasobnik) și biblioteca "
                    "de resurse a centrului Qub: concepte, modele de organizare, "
                    "echipamente și exemple din întreaga lume."
                ),
            },
            {
                "key": "clubs",
                "title": "Cluburi",
                "text": (
                    "Profilurile cluburilor din biblioteci: unde se află, ce echipamente "
                    "au și ce activități organizează. Vedeți cine lucrează deja în zona "
                    "dumneavoastră."
                ),
            },
            {
                "key": "inspirations",
                "title": "Idei de activități",
                "text": (
                    "Activități descrise pas cu pas: pentru cine sunt, cât durează, de ce "
                    "materiale aveți nevoie și cum le desfășurați. Fiecare fișă se poate tipări."
                ),
            },
            {
                "key": "network",
                "title": "Rețeaua școlilor",
                "text": (
                    "Rețeaua Școlilor din Cluj și centrul Qub: școli, parteneri, "
                    "colaborări, evenimente și progresul față de țintele programului "
                    "Learning Qub."
                ),
            },
        ],
    },
    "en": {
        "title": "Creativity Clubs & Learning Qub",
        "intro": (
            "<p>Librarians and teachers will find here what they need to start a creative "
            "space: <strong>know-how, tested activities and contacts</strong> with people "
            "who already run one. The portal brings together Polish public libraries from "
            "the Kluby Kreatywności programme and schools from the Learning Qub network in "
            "Cluj, Romania. Everything is available in English, Polish and Romanian.</p>"
        ),
        "areas": [
            {
                "key": "resources",
                "title": "Resources",
                "text": (
                    "The knowledge base on creative spaces (the Zasobnik) and the Qub's "
                    "resource library: concepts, organisational models, equipment and "
                    "examples from around the world."
                ),
            },
            {
                "key": "clubs",
                "title": "Clubs",
                "text": (
                    "Profiles of the clubs run by libraries: where they are, what equipment "
                    "they have and which activities they offer. See who is already active "
                    "near you."
                ),
            },
            {
                "key": "inspirations",
                "title": "Activity ideas",
                "text": (
                    "Activities described step by step: who they suit, how long they take, "
                    "what you need and how to run them. Every activity card can be printed."
                ),
            },
            {
                "key": "network",
                "title": "School network",
                "text": (
                    "The Cluj Schools Network and the Qub centre: schools, partners, joint "
                    "projects, events and progress against the Learning Qub programme's targets."
                ),
            },
        ],
    },
}

# ---------------------------------------------------------------------------
# 3. Standard pages
# ---------------------------------------------------------------------------

_ABOUT_KLUBY = {
    "key": "about-kluby-kreatywnosci",
    "slug": {
        "pl": "o-programie-kluby-kreatywnosci",
        "ro": "despre-programul-kluby-kreatywnosci",
        "en": "about-kluby-kreatywnosci",
    },
    "sample": False,
    "pl": {
        "title": "O programie Kluby Kreatywności",
        "lead": (
            "Kluby Kreatywności to program Fundacji Rozwoju Społeczeństwa Informacyjnego "
            "(FRSI), który pomaga bibliotekom publicznym otwierać twórcze pracownie dla "
            "mieszkańców w każdym wieku. Pilotaż ruszył w 2018 r. w pięciu bibliotekach."
        ),
        "body": [
            ("h2", "Po co bibliotece klub kreatywności"),
            ("p", (
                "Klub kreatywności to miejsce, w którym mieszkańcy razem konstruują, "
                "programują, nagrywają czy szyją, a przy okazji oswajają się z technologiami "
                "cyfrowymi i tradycyjnymi narzędziami. Program FRSI zachęca biblioteki "
                "publiczne, by takie kluby zakładały i prowadziły na stałe. Zamiast wykładu "
                "liczy się eksperyment, nauka przez zabawę, praca nad projektem i w zespole."
            )),
            ("ul", [
                "<strong>Nowe miejsca tworzenia:</strong> lokalne kluby, w których każdy "
                "może eksperymentować z technologiami cyfrowymi i innymi.",
                "<strong>Nowe metody pracy:</strong> oferta edukacyjna biblioteki "
                "wzbogacona o eksperymenty, metodę projektu i pracę zespołową.",
                "<strong>Wsparcie dla bibliotekarzy:</strong> wiedza, materiały i pomoc "
                "potrzebne do startu klubu oraz rozwój kompetencji zespołu.",
                "<strong>Test modeli:</strong> sprawdzenie w praktyce, jak mogą działać "
                "różne typy przestrzeni w rodzaju makerspace.",
                "<strong>Wnioski na przyszłość:</strong> dobre praktyki i dane, dzięki "
                "którym program może wyjść poza pilotaż.",
                "<strong>Biblioteka jako miejsce wspólnego działania:</strong> ludzie w "
                "różnym wieku tworzą razem i wzmacniają kapitał społeczny swojej miejscowości.",
            ]),
            ("h2", "Pilotaż 2018: pięć bibliotek"),
            ("p", (
                "Edycja pilotażowa ruszyła w czerwcu 2018 r. w ramach Programu Rozwoju "
                "Bibliotek 2017–2018, finansowanego przez Polsko-Amerykańską Fundację "
                "Wolności. Wśród pięciu bibliotek finalistek znalazły się duże placówki "
                "miejskie i biblioteka gminy wiejskiej. Dzięki temu pilotaż pozwolił "
                "sprawdzić, jak klub radzi sobie w bardzo różnych warunkach lokalowych i kadrowych."
            )),
            ("ul", [
                "<strong>Miejska Biblioteka Publiczna „Galeria Książki” "
                "w Oświęcimiu</strong>: gmach otwarty w lipcu 2011 r., ponad 5000 m², sala "
                "zabaw dla dzieci, sale kinowe i dział multimedialny; już w 2013 r. "
                "biblioteka prowadziła wakacyjne zajęcia w duchu maker pod nazwą "
                "„Centrum kreatywności”.",
                "<strong>Miejska Biblioteka Publiczna w Legionowie</strong>: od 2016 r. w "
                "budynku Centrum Komunikacyjnego (1692 m²), wypożycza także gry konsolowe "
                "i planszowe.",
                "<strong>Gminna Biblioteka Publiczna w Obrazowie</strong>: biblioteka gminy "
                "wiejskiej, która pokazuje, jak klub może działać w małej miejscowości.",
                "<strong>Biblioteka Publiczna Miasta i Gminy Piaseczno</strong>: dziś przy "
                "ul. Jana Pawła II 55, w budynku otwartym w październiku 2019 r., a więc "
                "już po pilotażu.",
                "<strong>Miejska Biblioteka Publiczna w Białej Podlaskiej</strong>: w 2022 r. "
                "przy ul. Warszawskiej 12c działało tu „Multicentrum” z robotami, tabletami "
                "i drukiem 3D.",
            ]),
            ("h2", "Sześć modeli organizacyjnych"),
            ("p", (
                "Nie ma jednego przepisu na klub. Program opisuje sześć modeli, które można "
                "dopasować do lokalu, budżetu i zespołu, a z czasem łączyć ze sobą lub zmieniać."
            )),
            ("ol", [
                "<strong>Makerspace</strong>: stała, wydzielona przestrzeń na twórcze "
                "zajęcia z użyciem technologii.",
                "<strong>Biblioteczny fab lab</strong>: pracownia nastawiona głównie na "
                "wytwarzanie przedmiotów, np. drukiem 3D lub cięciem laserowym.",
                "<strong>Mobilny makerspace</strong>: zajęcia wędrują między miejscami, a "
                "sprzęt jest wypożyczany na przykład filiom.",
                "<strong>Media lab</strong>: komputery, skanery, tablety i oprogramowanie, "
                "czasem studio nagrań; praca z fotografią, filmem, muzyką i grami.",
                "<strong>Okazjonalne warsztaty maker</strong>: zajęcia w dowolnej wolnej "
                "sali, często w ramach konkretnego projektu.",
                "<strong>Cała biblioteka jako makerspace</strong>: przestrzeń "
                "współprowadzona przez lokalną społeczność, która sama kształtuje program.",
            ]),
            ("h2", "Zasobnik, Kluby, Inspiracje"),
            ("p", (
                "Materiały programu są uporządkowane w trzech działach, które znajdziesz "
                "także w tym portalu. <strong>Zasobnik</strong> to baza wiedzy: wyjaśnia "
                "pojęcia (makerspace, fab lab, hackerspace, tinkering studio), opisuje formy "
                "organizacyjne, wyposażenie i typowe działania, a także przykłady z całego "
                "świata. <strong>Kluby</strong> to profile klubów z informacją o bibliotece, "
                "adresie, sprzęcie i zajęciach, a <strong>Inspiracje</strong> to opisy zajęć "
                "już przeprowadzonych lub możliwych do przeprowadzenia w bibliotecznej pracowni."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Każda inspiracja ma ten sam układ",
                "text": (
                    "Opis zajęć zawsze podaje uczestników (np. dzieci w wieku 5–12 lat), "
                    "sprzęt, oprogramowanie i materiały, organizację i czas trwania, przebieg "
                    "oraz korzyści. Dzięki temu łatwo porównać dwa pomysły i ocenić, czy "
                    "zmieszczą się w Twoim grafiku i budżecie."
                ),
            }),
            ("h2", "Druga edycja 2019–2020"),
            ("p", (
                "Po pilotażu FRSI przyjmowała zgłoszenia bibliotek do drugiej edycji, "
                "realizowanej w ramach Programu Rozwoju Bibliotek 2019–2020. Biblioteki "
                "mogły otrzymać granty w wysokości do 10 000 zł i wziąć udział w "
                "trzydniowych warsztatach. 27 stycznia 2020 r. odbył się webinar informacyjny "
                "dla bibliotek zainteresowanych udziałem."
            )),
        ],
    },
    "ro": {
        "title": "Despre programul Kluby Kreatywności",
        "lead": (
            "Kluby Kreatywności (Cluburi de Creativitate) este un program al Fundației "
            "pentru Dezvoltarea Societății Informaționale (FRSI) din Polonia, care ajută "
            "bibliotecile publice să deschidă spații creative pentru oameni de toate "
            "vârstele. Proiectul-pilot a pornit în 2018, în cinci biblioteci."
        ),
        "body": [
            ("h2", "De ce are nevoie o bibliotecă de un club de creativitate"),
            ("p", (
                "Un club de creativitate este un loc în care oamenii construiesc, "
                "programează, filmează sau cos împreună și, în același timp, se "
                "familiarizează cu tehnologiile digitale și cu uneltele tradiționale. "
                "Programul FRSI încurajează bibliotecile publice să înființeze astfel de "
                "cluburi și să le țină deschise pe termen lung. Accentul cade pe experiment, "
                "pe învățarea prin joc, pe proiecte și pe lucrul în echipă, nu pe prelegeri."
            )),
            ("ul", [
                "<strong>Locuri noi pentru creație:</strong> cluburi locale în care oricine "
                "poate experimenta cu tehnologii digitale și nu numai.",
                "<strong>Metode noi de lucru:</strong> oferta educațională a bibliotecii se "
                "îmbogățește cu experimente, învățare prin proiecte și lucru în echipă.",
                "<strong>Sprijin pentru bibliotecari:</strong> cunoștințele, materialele și "
                "ajutorul necesare pentru lansarea clubului, plus dezvoltarea competențelor "
                "echipei.",
                "<strong>Testarea modelelor:</strong> verificarea în practică a mai multor "
                "feluri de a organiza un spațiu de tip makerspace.",
                "<strong>Lecții pentru viitor:</strong> bune practici și date care permit "
                "extinderea programului dincolo de etapa-pilot.",
                "<strong>Biblioteca, loc al comunității:</strong> oameni de vârste diferite "
                "creează împreună și întăresc capitalul social al localității lor.",
            ]),
            ("h2", "Proiectul-pilot din 2018: cinci biblioteci"),
            ("p", (
                "Ediția-pilot a început în iunie 2018, ca parte a Programului de Dezvoltare "
                "a Bibliotecilor 2017–2018, finanțat de Fundația Polono-Americană pentru "
                "Libertate (Polish-American Freedom Foundation). Printre cele cinci "
                "biblioteci finaliste s-au numărat instituții mari, din orașe, dar și o "
                "bibliotecă dintr-o comună rurală. Astfel, pilotul a arătat cum funcționează "
                "un club în condiții foarte diferite de spațiu și de personal."
            )),
            ("ul", [
                "<strong>Miejska Biblioteka Publiczna „Galeria Książki”, "
                "Oświęcim</strong>: clădire deschisă în iulie 2011, de peste 5.000 m², cu "
                "spațiu de joacă pentru copii, săli de cinema și secție multimedia; încă din "
                "2013 biblioteca organiza vara ateliere în spirit maker, sub numele "
                "„Centrum kreatywności”.",
                "<strong>Miejska Biblioteka Publiczna, Legionowo</strong>: din 2016 în "
                "clădirea Centrum Komunikacyjne (1.692 m²); împrumută și jocuri de consolă "
                "și jocuri de societate.",
                "<strong>Gminna Biblioteka Publiczna, Obrazów</strong>: biblioteca unei "
                "comune rurale, care arată cum poate funcționa un club într-o localitate mică.",
                "<strong>Biblioteka Publiczna Miasta i Gminy Piaseczno</strong>: astăzi pe "
                "strada Jana Pawła II nr. 55, într-o clădire deschisă în octombrie 2019, "
                "deci după pilot.",
                "<strong>Miejska Biblioteka Publiczna, Biała Podlaska</strong>: în 2022, pe "
                "strada Warszawska nr. 12c funcționa aici un „Multicentrum” cu roboți, "
                "tablete și imprimare 3D.",
            ]),
            ("h2", "Șase modele de organizare"),
            ("p", (
                "Nu există o rețetă unică pentru un club. Programul descrie șase modele, pe "
                "care fiecare bibliotecă le adaptează la spațiul, bugetul și echipa sa și pe "
                "care, cu timpul, le poate combina sau schimba."
            )),
            ("ol", [
                "<strong>Makerspace</strong>: un spațiu permanent, separat, pentru activități "
                "creative cu ajutorul tehnologiei.",
                "<strong>Fab lab în bibliotecă</strong>: un atelier dedicat mai ales "
                "realizării de obiecte fizice, de pildă prin imprimare 3D sau tăiere cu laser.",
                "<strong>Makerspace mobil</strong>: activitățile se mută dintr-un loc în "
                "altul, iar echipamentele sunt împrumutate, de exemplu, filialelor.",
                "<strong>Media lab</strong>: calculatoare, scanere, tablete și programe, "
                "uneori un studio de înregistrări; lucru cu fotografie, film, muzică și jocuri.",
                "<strong>Ateliere maker ocazionale</strong>: activități în orice sală liberă, "
                "adesea în cadrul unui proiect anume.",
                "<strong>Toată biblioteca, un makerspace</strong>: un spațiu condus împreună "
                "cu comunitatea locală, care își stabilește singură programul.",
            ]),
            ("h2", "Zasobnik, Kluby, Inspiracje"),
            ("p", (
                "Materialele programului sunt împărțite în trei secțiuni, pe care le găsiți "
                "și în acest portal. <strong>Zasobnik</strong> (colecția de resurse) este o "
                "bază de cunoștințe: explică noțiuni precum makerspace, fab lab, hackerspace "
                "sau tinkering studio, descrie forme de organizare, echipamente și activități "
                "tipice și prezintă exemple din întreaga lume. Secțiunea <strong>Kluby</strong> "
                "(cluburile) cuprinde profilurile cluburilor, cu biblioteca-gazdă, adresa, "
                "echipamentele și activitățile lor, iar secțiunea <strong>Inspiracje</strong> (idei "
                "de activități) descrie activități deja desfășurate sau care pot fi organizate "
                "într-un spațiu creativ de bibliotecă."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Fiecare idee de activitate are aceeași structură",
                "text": (
                    "Descrierea indică mereu participanții (de exemplu, copii de 5–12 ani), "
                    "echipamentele, programele și materialele, modul de organizare și durata, "
                    "desfășurarea activității și beneficiile. Astfel puteți compara ușor două "
                    "idei și vedea dacă se potrivesc cu programul și bugetul dumneavoastră."
                ),
            }),
            ("h2", "A doua ediție, 2019–2020"),
            ("p", (
                "După pilot, FRSI a primit înscrierile bibliotecilor pentru a doua ediție, "
                "parte a Programului de Dezvoltare a Bibliotecilor 2019–2020. Bibliotecile "
                "puteau primi granturi de până la 10.000 de zloți și "
                "puteau participa la ateliere de trei zile. Pe 27 ianuarie 2020 a avut loc un "
                "webinar de informare pentru bibliotecile interesate."
            )),
        ],
    },
    "en": {
        "title": "About the Kluby Kreatywności programme",
        "lead": (
            "Kluby Kreatywności (Creativity Clubs) is a programme of Poland's Information "
            "Society Development Foundation (FRSI) that helps public libraries open creative "
            "spaces for people of every age. Its pilot began in 2018 in five libraries."
        ),
        "body": [
            ("h2", "Why a library needs a creativity club"),
            ("p", (
                "A creativity club is a place where local people build, code, record or sew "
                "together, picking up digital technologies and traditional tools along the "
                "way. The FRSI programme encourages public libraries to set up such clubs and "
                "to keep them running. What counts is experimenting, learning through play, "
                "working on projects and in teams, not sitting through a lecture."
            )),
            ("ul", [
                "<strong>New places to make things:</strong> local clubs where anyone can "
                "experiment with digital and other technologies.",
                "<strong>New ways of working:</strong> a library's education offer enriched "
                "with experiments, project-based learning and teamwork.",
                "<strong>Support for librarians:</strong> the knowledge, materials and help "
                "needed to launch a club, and new skills for the library team.",
                "<strong>Testing models:</strong> trying out in practice several ways to "
                "organise a makerspace-like space.",
                "<strong>Lessons for the future:</strong> good practice and data that let "
                "the programme grow beyond the pilot.",
                "<strong>The library as a place to make together:</strong> people of all "
                "ages create side by side and strengthen their community's social capital.",
            ]),
            ("h2", "The 2018 pilot: five libraries"),
            ("p", (
                "The pilot edition started in June 2018 as part of the Libraries Development "
                "Programme 2017–2018, funded by the Polish-American Freedom Foundation. The "
                "five finalist libraries ranged from large town libraries to a library in a "
                "rural commune. That mix let the pilot show how a club copes with very "
                "different buildings and staffing."
            )),
            ("ul", [
                "<strong>Miejska Biblioteka Publiczna “Galeria Książki”, "
                "Oświęcim</strong>: a building opened in July 2011 with more than 5,000 m², "
                "a children's playroom, cinema rooms and a multimedia section; as early as "
                "2013 it ran maker-style summer activities called “Centrum kreatywności”.",
                "<strong>Miejska Biblioteka Publiczna, Legionowo</strong>: since 2016 in the "
                "Centrum Komunikacyjne building (1,692 m²); it also lends console and board games.",
                "<strong>Gminna Biblioteka Publiczna, Obrazów</strong>: a rural commune "
                "library, showing how a club can work in a small place.",
                "<strong>Biblioteka Publiczna Miasta i Gminy Piaseczno</strong>: today at "
                "ul. Jana Pawła II 55, in a building opened in October 2019, after the pilot.",
                "<strong>Miejska Biblioteka Publiczna, Biała Podlaska</strong>: in 2022 it "
                "ran a “Multicentrum” at ul. Warszawska 12c, with robots, tablets and 3D printing.",
            ]),
            ("h2", "Six organisational models"),
            ("p", (
                "There is no single recipe for a club. The programme describes six models "
                "that a library can fit to its rooms, budget and team, and later combine or change."
            )),
            ("ol", [
                "<strong>Makerspace</strong>: a permanent, separate space for creative "
                "sessions that use technology.",
                "<strong>Library fab lab</strong>: an equipped workshop mainly for making "
                "physical objects, for example by 3D printing or laser cutting.",
                "<strong>Mobile makerspace</strong>: sessions move from place to place and "
                "equipment is lent out, for instance to branch libraries.",
                "<strong>Media lab</strong>: computers, scanners, tablets and software, "
                "sometimes a recording studio, for photography, film, music and games.",
                "<strong>Occasional maker sessions</strong>: activities in whatever room is "
                "free, often as part of a specific project.",
                "<strong>The whole library as a makerspace</strong>: a space co-run with the "
                "local community, whose residents shape the programme.",
            ]),
            ("h2", "Zasobnik, Kluby and Inspiracje"),
            ("p", (
                "The programme's material is organised in three sections, which you will "
                "also find on this portal. The <strong>Zasobnik</strong> (resource box) is a "
                "knowledge base: it explains concepts such as makerspace, fab lab, hackerspace "
                "and tinkering studio, describes organisational forms, equipment and typical "
                "activities, and gathers examples from around the world. <strong>Kluby</strong> "
                "(clubs) holds a profile of each club with its host library, address, "
                "equipment and activities, and <strong>Inspiracje</strong> (inspirations) "
                "describes activities that were run, or could be run, in a library's creative space."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Every activity idea has the same parts",
                "text": (
                    "Each description lists the participants (for example children aged "
                    "5–12), the equipment, software and materials, the organisation and "
                    "duration, the course of the activity and its benefits. That makes it "
                    "easy to compare two ideas and check whether they fit your timetable and budget."
                ),
            }),
            ("h2", "The second edition, 2019–2020"),
            ("p", (
                "After the pilot, FRSI took applications from libraries for a second "
                "edition, part of the Libraries Development Programme 2019–2020. Libraries "
                "could receive grants of up to 10,000 zł and take part in "
                "three-day workshops. An information webinar for interested libraries was "
                "held on 27 January 2020."
            )),
        ],
    },
}

_ABOUT_QUB = {
    "key": "about-learning-qub",
    "slug": {
        "pl": "o-programie-learning-qub",
        "ro": "despre-programul-learning-qub",
        "en": "about-learning-qub",
    },
    "sample": False,
    "pl": {
        "title": "O programie Learning Qub i centrum Qub",
        "lead": (
            "Learning Qub (2020–2024) to program Centrul Cultural Clujean, który pomaga "
            "szkołom z Klużu w Rumunii współpracować z partnerami ze świata kultury, "
            "nauki, organizacji społecznych i biznesu. Składa się z centrum edukacji STEAM o nazwie Qub i z "
            "Sieci Szkół z Klużu."
        ),
        "body": [
            ("h2", "Dlaczego szkoły potrzebują partnerów"),
            ("p", (
                "W Klużu-Napoce działają 53 szkoły podstawowe i średnie, do których chodzi "
                "27 000 uczniów. Badanie LEAP z 2020 r., przeprowadzone przez Uniwersytet "
                "Babeș-Bolyai, Centrul Cultural Clujean i grupę PONT, wykazało, że tutejsze "
                "szkoły pilnie potrzebują partnerów spoza systemu oświaty: instytucji "
                "kultury, organizacji społecznych, uczelni i firm. Tacy partnerzy pomagają "
                "zastąpić przestarzałe praktyki metodami opartymi na współpracy i "
                "uczestnictwie, a uczniom dają realny wpływ na to, jak wygląda ich szkoła."
            )),
            ("h2", "Dwie części jednego programu"),
            ("ul", [
                "<strong>Qub</strong>: centrum edukacji STEAM z przestrzeniami do nauki, "
                "wystaw, wspólnego tworzenia i nawiązywania kontaktów, z których korzystają "
                "szkoły i partnerzy, a także z biblioteką materiałów pomagających ulepszać "
                "programy nauczania i metody pracy.",
                "<strong>Rețeaua Școlilor din Cluj</strong> (Sieć Szkół z Klużu): platforma, "
                "na której szkoły razem z instytucjami kultury, organizacjami społecznymi, "
                "uczelniami i firmami projektują i pilotażowo wdrażają nowe sposoby uczenia.",
            ]),
            ("p", (
                "Program prowadzi Centrul Cultural Clujean, a finansuje go "
                "Fondation Botnar, która przyznała 775 000 euro na centrum edukacji STEAM. "
                "Grant obejmuje klub STEAM dla uczniów, interaktywne wystawy, fizyczną i "
                "cyfrową bibliotekę materiałów oraz szkolenia dla nauczycieli. W ciągu "
                "pierwszych trzech lat centrum miało dotrzeć do ponad 100 nauczycieli, "
                "animatorów i artystów."
            )),
            ("h2", "Najważniejsze etapy"),
            ("ol", [
                "<strong>2018</strong>: początek pracy z 10 szkołami w Klużu-Napoce i testy "
                "narzędzi edukacji kulturalnej, takich jak rezydencje artystyczne, zajęcia "
                "pozalekcyjne oraz szkolenia dla nauczycieli i dyrekcji.",
                "<strong>2020</strong>: po wybuchu pandemii zespół zaczyna testować i "
                "rozwijać modele edukacji i współpracy online.",
                "<strong>2022</strong>: formalne uruchomienie Sieci Szkół z Klużu; tematyka "
                "poszerza się z edukacji kulturalnej na STEAM, a cel rośnie z 10 do 35 szkół.",
                "<strong>Luty 2023</strong>: otwarcie Qub, centrum nauki i sztuki "
                "(pierwotnie planowane na 2022 r.).",
                "<strong>2023</strong>: zespół współpracuje z 48 szkołami, czyli z większą "
                "liczbą niż 30 szkół zakładanych w 2021 r. i 35 ujętych w opisie programu.",
            ]),
            ("h2", "Qub: sala zaprojektowana do warsztatów"),
            ("p", (
                "Przestrzeń Qub urządzono w latach 2022–2023 za około 100 000 euro. "
                "Ruchome stoły i krzesła oraz gniazdka zasilające w suficie pozwalają "
                "urządzić w tej samej sali warsztaty dla maksymalnie 35 osób albo "
                "konferencję dla najwyżej 60 uczestników. Zespół urósł z 3 do 15 osób, a "
                "wspiera go ponad 45 młodych wolontariuszy i stażystów."
            )),
            ("h2", "Cele programu"),
            ("ul", [
                "co najmniej 7500 uczniów i 1500 członków ich rodzin,",
                "co najmniej 90 nauczycieli i 110 innych specjalistów edukacji,",
                "co najmniej 100 specjalistów z innych dziedzin,",
                "szeroka publiczność: mieszkańcy Klużu i okolic.",
            ]),
            ("callout", {
                "tone": "info",
                "title": "Od 10 szkół do całego okręgu",
                "text": (
                    "Sieć rośnie etapami: z 10 szkół w 2018 r. do co najmniej 35, potem na "
                    "cały okręg Kluż, a w dalszej perspektywie, z udziałem partnerów "
                    "regionalnych i Ministerstwa Edukacji, także na inne okręgi lub cały "
                    "kraj. Wśród publicznie wymienianych partnerów są Inspektorat Szkolny "
                    "Okręgu Kluż, urząd miasta i klaster edukacyjny C-EDU."
                ),
            }),
            ("h2", "Projekty w ramach programu"),
            ("ul", [
                "<strong>Art'n'Play</strong>: rezydencje artystyczne w szkołach, podczas "
                "których artysta pracuje razem z mediatorem kultury i nauczycielami. Pilotaż "
                "objął w 2018 r. pięć szkół, później dziesięć, a od maja 2021 r. projekt "
                "jest częścią Learning Qub.",
                "<strong>LUMEN</strong>: zestawy edukacyjne przygotowane we współpracy ze "
                "Scientifica, przy wsparciu Instytutu Francuskiego; od października do grudnia 2021 r. "
                "około 60 licealistów uczestniczyło w warsztatach online o przemianach "
                "energii, energii wiatru i słońca oraz o energooszczędnych domach.",
                "<strong>Quantum</strong>: koncepcja centrum nauki złożonego z "
                "laboratoriów typu pop-up.",
                "<strong>Eksperymentalna przestrzeń artystyczna</strong> w jednym z "
                "liceów w Klużu, stworzona w 2021 r. z brytyjskim studiem projektowym, "
                "sfinansowana przez projekt Art &amp; Well-being programu Kreatywna Europa "
                "i przez Learning Qub.",
            ]),
        ],
    },
    "ro": {
        "title": "Despre Learning Qub și centrul Qub",
        "lead": (
            "Learning Qub (2020–2024) este un program al Centrului Cultural Clujean care "
            "dezvoltă capacitatea școlilor din Cluj de a lucra cu parteneri din cultură, "
            "știință, societatea civilă și mediul de afaceri. Are două componente: centrul "
            "de educație STEAM The Qub și Rețeaua Școlilor din Cluj."
        ),
        "body": [
            ("h2", "De ce au nevoie școlile de parteneri"),
            ("p", (
                "În Cluj-Napoca există 53 de școli primare și secundare, cu 27.000 de elevi. "
                "Studiul LEAP din 2020, realizat de Universitatea Babeș-Bolyai, Centrul "
                "Cultural Clujean și grupul PONT, a arătat că școlile au nevoie urgentă de "
                "parteneri din afara sistemului educațional: organizații culturale, "
                "societate civilă, universități și firme. Alături de acești parteneri, "
                "școlile pot renunța la practici depășite în favoarea unora participative și "
                "colaborative, iar elevii capătă un cuvânt de spus în viața școlii lor."
            )),
            ("h2", "Două componente, un singur program"),
            ("ul", [
                "<strong>The Qub</strong>: un centru de educație STEAM cu spații pentru "
                "învățare, expoziții, co-creație și networking, deschise școlilor și "
                "partenerilor, plus o bibliotecă de resurse pentru îmbunătățirea "
                "curriculumului și a metodelor de predare.",
                "<strong>Rețeaua Școlilor din Cluj</strong>: o platformă în care școlile, "
                "organizațiile culturale, societatea civilă, universitățile și firmele "
                "concep și pilotează împreună noi moduri de a preda și de a învăța.",
            ]),
            ("p", (
                "Programul este derulat de Centrul Cultural Clujean și finanțat de Fundația "
                "Botnar, care a acordat 775.000 de euro pentru centrul de educație STEAM. "
                "Finanțarea acoperă un club STEAM pentru elevi, expoziții interactive, o "
                "bibliotecă de resurse fizică și digitală și formarea profesorilor. În "
                "primii trei ani, centrul și-a propus să ajungă la peste 100 de profesori, "
                "facilitatori și artiști."
            )),
            ("h2", "Repere"),
            ("ol", [
                "<strong>2018</strong>: începe lucrul cu 10 școli din Cluj-Napoca, unde sunt "
                "testate instrumente de educație culturală: rezidențe artistice, activități "
                "extracurriculare, formare pentru profesori și directori.",
                "<strong>2020</strong>: după izbucnirea pandemiei, echipa începe să testeze "
                "și să dezvolte modele de educație și colaborare online.",
                "<strong>2022</strong>: lansarea formală a Rețelei Școlilor din Cluj; temele "
                "se extind de la educația culturală la STEAM, iar ținta crește de la 10 la "
                "35 de școli.",
                "<strong>Februarie 2023</strong>: se deschide The Qub, centru pentru știință "
                "și artă (deschiderea fusese planificată pentru 2022).",
                "<strong>2023</strong>: echipa lucrează cu 48 de școli, mai multe decât cele "
                "30 planificate în 2021 și cele 35 din descrierea programului.",
            ]),
            ("h2", "The Qub: o sală gândită pentru ateliere"),
            ("p", (
                "Spațiul Qub a fost amenajat în 2022–2023, cu aproximativ 100.000 de euro. "
                "Mesele și scaunele mobile și prizele montate în tavan permit ca aceeași "
                "sală să găzduiască fie un atelier de până la 35 de persoane, fie o "
                "conferință de până la 60 de participanți. Echipa a crescut de la 3 la 15 "
                "oameni, sprijiniți de peste 45 de tineri voluntari "
                "și stagiari."
            )),
            ("h2", "Ținte"),
            ("ul", [
                "cel puțin 7.500 de elevi și 1.500 de membri ai familiilor lor;",
                "cel puțin 90 de profesori și 110 alți specialiști în educație;",
                "cel puțin 100 de specialiști din alte domenii;",
                "publicul larg din Cluj și din împrejurimi.",
            ]),
            ("callout", {
                "tone": "info",
                "title": "De la 10 școli la întregul județ",
                "text": (
                    "Rețeaua crește pe etape: de la cele 10 școli din 2018 la cel puțin 35, "
                    "apoi la nivelul întregului județ Cluj, iar ulterior, cu implicarea unor "
                    "actori regionali și a Ministerului Educației, poate ajunge în alte "
                    "județe sau la nivel național. Printre partenerii numiți public se află "
                    "Inspectoratul Școlar Județean Cluj, Primăria și clusterul educațional C-EDU."
                ),
            }),
            ("h2", "Proiecte din program"),
            ("ul", [
                "<strong>Art'n'Play</strong>: rezidențe artistice în școli, în care un "
                "artist lucrează alături de un mediator cultural și de profesori. Pilotul "
                "din 2018 a cuprins cinci școli, apoi zece, iar din mai 2021 proiectul face "
                "parte din Learning Qub.",
                "<strong>LUMEN</strong>: kituri educaționale create împreună cu Scientifica, "
                "cu sprijinul Institutului Francez; între octombrie și decembrie 2021, "
                "aproximativ 60 de liceeni au participat la ateliere online despre "
                "transformările energiei, energia eoliană și solară și locuințele eficiente "
                "energetic.",
                "<strong>Quantum</strong>: ideea unui centru de știință construit din "
                "laboratoare pop-up.",
                "<strong>Un spațiu experimental de artă</strong> într-un liceu din Cluj, "
                "creat în 2021 cu un studio de design din Regatul Unit și finanțat prin "
                "proiectul Art &amp; Well-being al programului Europa Creativă și prin "
                "Learning Qub.",
            ]),
        ],
    },
    "en": {
        "title": "About Learning Qub and the Qub",
        "lead": (
            "Learning Qub (2020–2024) is a programme of the Centrul Cultural Clujean that "
            "builds the capacity of schools in Cluj, Romania, to work with partners from "
            "culture, science, civil society and business. It has two parts: the Qub, a "
            "STEAM education centre, and the Cluj Schools Network."
        ),
        "body": [
            ("h2", "Why schools need partners"),
            ("p", (
                "Cluj-Napoca has 53 primary and secondary schools with 27,000 pupils. The "
                "LEAP study of 2020, by Babeș-Bolyai University, the Centrul Cultural "
                "Clujean and the PONT group, found that the city's schools urgently need "
                "partners from outside the school system: cultural organisations, civil "
                "society, universities and businesses. With such partners, schools can "
                "replace outdated practices with participative, collaborative ones and give "
                "pupils a real say in their own school life."
            )),
            ("h2", "Two parts, one programme"),
            ("ul", [
                "<strong>The Qub</strong>: a STEAM education centre whose spaces for "
                "learning, exhibitions, co-creation and networking are open to schools and "
                "partners, together with a library of resources for better curricula and teaching.",
                "<strong>Rețeaua Școlilor din Cluj</strong> (the Cluj Schools Network): a "
                "platform where schools, cultural organisations, civil society, universities "
                "and businesses design and pilot new ways of teaching and learning together.",
            ]),
            ("p", (
                "The programme is run by the Centrul Cultural Clujean and funded by Fondation "
                "Botnar, which granted €775,000 for the STEAM education centre. The grant "
                "covers a STEAM club for pupils, interactive exhibitions, a physical and "
                "digital resource library, and teacher training. In its first three years the "
                "centre aimed to reach more than 100 teachers, facilitators and artists."
            )),
            ("h2", "Milestones"),
            ("ol", [
                "<strong>2018</strong>: work begins with 10 schools in Cluj-Napoca, testing "
                "tools for cultural education such as artist residencies, extracurricular "
                "activities and training for teachers and school managers.",
                "<strong>2020</strong>: after the pandemic began, the team starts testing and "
                "developing online models of education and collaboration.",
                "<strong>2022</strong>: the Cluj Schools Network is launched formally; its "
                "themes widen from cultural education to STEAM and the goal grows from 10 to "
                "35 schools.",
                "<strong>February 2023</strong>: the Qub, a centre for science and art, "
                "opens (it had been planned for 2022).",
                "<strong>2023</strong>: the team works with 48 schools, more than the 30 "
                "planned in 2021 and the 35 in the programme description.",
            ]),
            ("h2", "The Qub: a room built for workshops"),
            ("p", (
                "The Qub's space was fitted out in 2022–2023 for about €100,000. Movable "
                "tables and chairs and power sockets in the ceiling let the same room host "
                "either a workshop for up to 35 people or a conference for up to 60. The "
                "team has grown from 3 to 15 people, supported by more than "
                "45 young volunteers and interns."
            )),
            ("h2", "Targets"),
            ("ul", [
                "at least 7,500 pupils and 1,500 members of their families;",
                "at least 90 teachers and 110 other education specialists;",
                "at least 100 specialists from other fields;",
                "the wider public in and around Cluj.",
            ]),
            ("callout", {
                "tone": "info",
                "title": "From 10 schools to the whole county",
                "text": (
                    "The network grows in stages: from the 10 schools of 2018 to at least "
                    "35, then to the whole of Cluj county and later, with regional partners "
                    "and the Ministry of Education, possibly to other counties or the whole "
                    "country. Publicly named partners include the Cluj County School "
                    "Inspectorate, the City Hall and the C-EDU education cluster."
                ),
            }),
            ("h2", "Projects within the programme"),
            ("ul", [
                "<strong>Art'n'Play</strong>: artist residencies in schools, in which a "
                "resident artist works with a cultural mediator and the teachers. The 2018 "
                "pilot covered five schools, then ten, and since May 2021 the project has "
                "been part of Learning Qub.",
                "<strong>LUMEN</strong>: educational kits developed with Scientifica and "
                "supported by the French Institute; from October to December 2021 about 60 "
                "high-school pupils took part in online workshops on energy transformations, "
                "wind and solar power, and energy-efficient homes.",
                "<strong>Quantum</strong>: the idea of a science centre made of pop-up labs.",
                "<strong>An experimental art space</strong> at a Cluj high school, created "
                "in 2021 with a UK design studio and funded by Creative Europe's Art &amp; "
                "Well-being project and by Learning Qub.",
            ]),
        ],
    },
}

_ACCESSIBILITY = {
    "key": "accessibility",
    "slug": {
        "pl": "deklaracja-dostepnosci",
        "ro": "declaratie-de-accesibilitate",
        "en": "accessibility",
    },
    "sample": False,
    "pl": {
        "title": "Deklaracja dostępności",
        "lead": (
            "Chcemy, by z portalu wygodnie korzystała każda osoba, także używająca "
            "czytnika ekranu, samej klawiatury lub powiększenia. Opisujemy tu, jak o to "
            "dbamy, czego jeszcze brakuje i jak zgłosić problem."
        ),
        "body": [
            ("p", (
                "Deklaracja dotyczy portalu Kluby Kreatywności we wszystkich trzech wersjach "
                "językowych: polskiej, rumuńskiej i angielskiej. Operator portalu dąży do "
                "zgodności ze standardem <a href=\"https://www.w3.org/TR/WCAG21/\">Web Content "
                "Accessibility Guidelines (WCAG) 2.1</a> na poziomie AA. Tego samego poziomu "
                "wymagają przepisy, którymi Polska i Rumunia wdrożyły unijną dyrektywę 2016/2102."
            )),
            ("h2", "Stan dostępności"),
            ("p", (
                "Portal jest częściowo zgodny z WCAG 2.1 na poziomie AA z powodu ograniczeń "
                "opisanych niżej. Podstawowe funkcje, czyli wyszukiwanie, filtrowanie, "
                "czytanie i drukowanie treści oraz formularz kontaktowy, są dostępne bez "
                "ograniczeń. Jeśli trafisz na barierę, której tu nie wymieniliśmy, daj nam znać."
            )),
            ("h2", "Jak dbamy o dostępność"),
            ("ul", [
                "<strong>Semantyczny HTML:</strong> nagłówki układają się w logiczny spis "
                "treści, a obszary strony (nagłówek, nawigacja, treść, stopka) są oznaczone, "
                "więc czytnik ekranu pozwala szybko między nimi przechodzić.",
                "<strong>Obsługa klawiaturą:</strong> każdą funkcję obsłużysz bez myszy, "
                "fokus jest zawsze widoczny, a na początku strony czeka odnośnik „Przejdź do "
                "treści”.",
                "<strong>Kontrast:</strong> zwykły tekst ma kontrast z tłem co najmniej "
                "4,5:1, a informacji nie przekazujemy samym kolorem.",
                "<strong>Teksty alternatywne:</strong> ilustracje mają opisy, a obrazy czysto "
                "dekoracyjne są ukryte przed czytnikami ekranu.",
                "<strong>Oznaczenie języka:</strong> każda strona deklaruje swój język, a "
                "dłuższe wtrącenia w innym języku są oznaczone osobno, żeby syntezator mowy "
                "czytał je z właściwą wymową.",
                "<strong>Działanie bez JavaScriptu:</strong> wyszukiwarka, filtry, listy i "
                "formularze działają także przy wyłączonym JavaScripcie.",
                "<strong>Wydruk:</strong> osobny arkusz stylów do druku usuwa menu i elementy "
                "interaktywne, dzięki czemu karta zajęć jest czytelna na papierze.",
                "<strong>Testy:</strong> strony sprawdzamy narzędziem axe-core uruchamianym w "
                "prawdziwej przeglądarce oraz walidatorem <a href=\"https://validator.w3.org/nu/\">Nu "
                "Html Checker</a>.",
            ]),
            ("h2", "Znane ograniczenia"),
            ("ul", [
                "<strong>Mapa klubów</strong> wymaga JavaScriptu i nie jest w pełni "
                "dostępna dla czytników ekranu. Te same informacje zawsze znajdziesz na "
                "pełnej liście tekstowej klubów, którą można filtrować według regionu.",
                "<strong>Osadzone filmy</strong> z serwisów zewnętrznych mogą nie mieć "
                "napisów ani transkrypcji. Jeśli potrzebujesz tekstowego opisu filmu, napisz "
                "do nas, a przygotujemy go.",
            ]),
            ("h2", "Jak zgłosić problem"),
            ("p", (
                "Jeśli jakaś treść lub funkcja portalu jest dla Ciebie niedostępna, skorzystaj "
                "ze strony kontaktowej i wybierz temat „Problem z dostępnością”. Podaj adres "
                "strony, opisz trudność i napisz, w jakiej formie chcesz otrzymać informację, "
                "na przykład jako tekst zamiast filmu. Nie musisz wyjaśniać, dlaczego o to prosisz."
            )),
            ("h2", "Procedura wnioskowo-skargowa"),
            ("p", (
                "Zgodnie z <a href=\"https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20190000848\">ustawą "
                "z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i "
                "aplikacji mobilnych podmiotów publicznych</a> każdy ma prawo zażądać "
                "zapewnienia dostępności cyfrowej strony lub jej elementu albo udostępnienia "
                "treści w alternatywny sposób. Żądanie powinno zawierać dane osoby "
                "zgłaszającej, wskazanie strony lub elementu oraz sposób kontaktu. Realizujemy "
                "je niezwłocznie, najpóźniej w ciągu 7 dni, a jeśli to niemożliwe, podajemy "
                "nowy termin, nie dłuższy niż 2 miesiące od dnia zgłoszenia."
            )),
            ("p", (
                "Jeżeli zapewnienie dostępności jest niemożliwe, zaproponujemy alternatywny "
                "sposób dostępu do informacji. Na odmowę realizacji żądania można złożyć "
                "skargę, a po wyczerpaniu tej procedury także wniosek do "
                "<a href=\"https://bip.brpo.gov.pl/\">Rzecznika Praw Obywatelskich</a>."
            )),
            ("p", (
                "Deklarację sporządzono 2026-11-22 na podstawie samooceny przeprowadzonej "
                "przez operatora portalu. Przeglądamy ją po każdej istotnej zmianie serwisu, "
                "nie rzadziej niż raz w roku."
            )),
        ],
    },
    "ro": {
        "title": "Declarație de accesibilitate",
        "lead": (
            "Ne dorim ca portalul să poată fi folosit comod de oricine, inclusiv de "
            "persoanele care lucrează cu un cititor de ecran, doar cu tastatura sau cu "
            "mărirea ecranului. Aici arătăm ce facem pentru asta, ce nu funcționează încă "
            "și cum ne puteți semnala o problemă."
        ),
        "body": [
            ("p", (
                "Declarația se aplică portalului în toate cele trei versiuni lingvistice: "
                "română, poloneză și engleză. Operatorul portalului urmărește conformitatea "
                "cu standardul <a href=\"https://www.w3.org/TR/WCAG21/\">Web Content "
                "Accessibility Guidelines (WCAG) 2.1</a>, nivelul AA. Este nivelul cerut de "
                "actele prin care România și Polonia au transpus Directiva (UE) 2016/2102."
            )),
            ("h2", "Stadiul conformității"),
            ("p", (
                "Portalul este parțial conform cu WCAG 2.1, nivelul AA, din cauza "
                "limitărilor descrise mai jos. Funcțiile de bază (căutarea, filtrarea, "
                "citirea și tipărirea conținutului, formularul de contact) sunt accesibile "
                "fără restricții. Dacă întâlniți o barieră pe care nu am menționat-o, vă "
                "rugăm să ne spuneți."
            )),
            ("h2", "Ce facem pentru accesibilitate"),
            ("ul", [
                "<strong>HTML semantic:</strong> titlurile formează un cuprins logic, iar "
                "zonele paginii (antet, navigare, conținut, subsol) sunt marcate, astfel "
                "încât cititorul de ecran vă duce rapid de la una la alta.",
                "<strong>Navigare cu tastatura:</strong> toate funcțiile pot fi folosite "
                "fără mouse, focusul este mereu vizibil, iar la începutul paginii există "
                "linkul „Salt la conținut”.",
                "<strong>Contrast:</strong> textul obișnuit are un contrast de cel puțin "
                "4,5:1, iar informația nu este transmisă niciodată doar prin culoare.",
                "<strong>Texte alternative:</strong> ilustrațiile au descrieri, iar imaginile "
                "pur decorative sunt ascunse cititoarelor de ecran.",
                "<strong>Marcarea limbii:</strong> fiecare pagină își declară limba, iar "
                "pasajele mai lungi într-o altă limbă sunt marcate separat, ca sintetizatorul "
                "vocal să le pronunțe corect.",
                "<strong>Funcționare fără JavaScript:</strong> căutarea, filtrele, listele "
                "și formularele merg și cu JavaScript dezactivat.",
                "<strong>Tipărire:</strong> o foaie de stil separată pentru tipar elimină "
                "meniurile și elementele interactive, așa că fișa de activitate rămâne "
                "lizibilă pe hârtie.",
                "<strong>Testare:</strong> verificăm paginile cu axe-core, rulat într-un "
                "browser real, și cu validatorul <a href=\"https://validator.w3.org/nu/\">Nu "
                "Html Checker</a>.",
            ]),
            ("h2", "Limitări cunoscute"),
            ("ul", [
                "<strong>Harta cluburilor</strong> necesită JavaScript și nu este pe deplin "
                "accesibilă cititoarelor de ecran. Aceleași informații se află oricând în "
                "lista text completă a cluburilor, care poate fi filtrată pe regiuni.",
                "<strong>Videoclipurile încorporate</strong> de pe platforme externe pot să "
                "nu aibă subtitrări sau transcrieri. Dacă aveți nevoie de o descriere în "
                "scris a unui videoclip, scrieți-ne și o pregătim.",
            ]),
            ("h2", "Cum ne semnalați o problemă"),
            ("p", (
                "Dacă un conținut sau o funcție a portalului nu vă este accesibilă, folosiți "
                "pagina de contact și alegeți subiectul „O problemă de accesibilitate”. "
                "Indicați adresa paginii, descrieți dificultatea și spuneți-ne în ce formă "
                "doriți să primiți informația, de exemplu text în loc de video. Nu trebuie "
                "să justificați cererea."
            )),
            ("h2", "Procedura de aplicare"),
            ("p", (
                "<a href=\"https://eur-lex.europa.eu/eli/dir/2016/2102/oj\">Directiva (UE) "
                "2016/2102</a> a fost transpusă în România prin Ordonanța de urgență a "
                "Guvernului nr. 112/2018 privind accesibilitatea site-urilor web și a "
                "aplicațiilor mobile ale organismelor din sectorul public, aprobată prin "
                "Legea nr. 90/2019. În baza ei, puteți semnala orice neconformitate și puteți "
                "cere ca un conținut inaccesibil să vă fie oferit într-un format accesibil. "
                "Răspundem fără întârzieri nejustificate și vă ținem la curent cu soluția."
            )),
            ("p", (
                "Dacă răspunsul nostru nu vă mulțumește, vă puteți adresa "
                "<a href=\"https://www.adr.gov.ro/\">Autorității pentru Digitalizarea "
                "României</a>, care monitorizează aplicarea ordonanței. De asemenea, vă puteți "
                "adresa instanței de contencios administrativ, în condițiile Legii nr. 554/2004."
            )),
            ("p", (
                "Această declarație a fost întocmită la 2026-11-22, pe baza unei autoevaluări "
                "făcute de operatorul portalului. O revizuim după fiecare schimbare importantă "
                "a site-ului și cel puțin o dată pe an."
            )),
        ],
    },
    "en": {
        "title": "Accessibility statement",
        "lead": (
            "We want everyone to be able to use this portal comfortably, including people "
            "who use a screen reader, only a keyboard or screen magnification. This page "
            "explains what we do, what is not there yet and how to report a problem."
        ),
        "body": [
            ("p", (
                "This statement covers the portal in all three of its languages: English, "
                "Polish and Romanian. The portal's operator aims to meet the "
                "<a href=\"https://www.w3.org/TR/WCAG21/\">Web Content Accessibility "
                "Guidelines (WCAG) 2.1</a> at level AA. That is the level required by the "
                "laws through which Poland and Romania transposed the EU Web Accessibility "
                "Directive."
            )),
            ("h2", "Compliance status"),
            ("p", (
                "The portal is partially compliant with WCAG 2.1 level AA because of the "
                "limitations listed below. Its core functions (searching, filtering, reading "
                "and printing content, and the contact form) are fully accessible. If you "
                "meet a barrier that is not listed here, please tell us."
            )),
            ("h2", "What we do"),
            ("ul", [
                "<strong>Semantic HTML:</strong> headings form a logical outline and the "
                "page regions (header, navigation, main content, footer) are marked up, so a "
                "screen reader can jump between them.",
                "<strong>Keyboard access:</strong> every function works without a mouse, "
                "focus is always visible, and a “Skip to content” link opens each page.",
                "<strong>Contrast:</strong> body text has a contrast ratio of at least "
                "4.5:1, and no information is conveyed by colour alone.",
                "<strong>Text alternatives:</strong> illustrations have descriptions, and "
                "purely decorative images are hidden from screen readers.",
                "<strong>Language attributes:</strong> each page declares its language, and "
                "longer passages in another language are marked separately so that speech "
                "synthesisers pronounce them correctly.",
                "<strong>Works without JavaScript:</strong> search, filters, lists and forms "
                "all work with JavaScript turned off.",
                "<strong>Print stylesheet:</strong> a separate print style removes menus and "
                "interactive elements, so an activity card stays readable on paper.",
                "<strong>Testing:</strong> we check pages with axe-core running in a real "
                "browser and with the <a href=\"https://validator.w3.org/nu/\">Nu Html "
                "Checker</a>.",
            ]),
            ("h2", "Known limitations"),
            ("ul", [
                "<strong>The club map</strong> needs JavaScript and is not fully accessible "
                "to screen readers. The same information is always available in the full "
                "text list of clubs, which you can filter by region.",
                "<strong>Embedded videos</strong> from third-party platforms may lack "
                "captions or transcripts. If you need a written description of a video, "
                "write to us and we will prepare one.",
            ]),
            ("h2", "How to report a problem"),
            ("p", (
                "If any content or function of the portal is not accessible to you, use the "
                "contact page and choose the topic “Accessibility problem”. Give the page "
                "address, describe the difficulty and tell us in which form you would like "
                "the information, for example as text instead of a video. You do not have to "
                "explain why you are asking."
            )),
            ("h2", "Enforcement procedure"),
            ("p", (
                "Under the <a href=\"https://eur-lex.europa.eu/eli/dir/2016/2102/oj\">EU Web "
                "Accessibility Directive (Directive (EU) 2016/2102)</a>, every member state "
                "provides a way to enforce accessibility of public-sector websites. You can "
                "ask us to make a page or part of it accessible, or to give you its content "
                "in an alternative form. We reply without undue delay and tell you how and "
                "when we will solve the problem."
            )),
            ("p", (
                "If you are not satisfied with our reply, you can turn to the body "
                "responsible in your country. In Poland, after the complaint procedure "
                "under the Act of 4 April 2019 on the digital accessibility of public "
                "bodies' websites and mobile applications, you can apply to the "
                "<a href=\"https://bip.brpo.gov.pl/\">Commissioner for Human Rights (Rzecznik "
                "Praw Obywatelskich)</a>. In Romania, Emergency Ordinance 112/2018 gives the "
                "<a href=\"https://www.adr.gov.ro/\">Romanian Digitalization Authority</a> the "
                "monitoring role, and you can also go to the administrative courts."
            )),
            ("p", (
                "This statement was prepared on 2026-11-22, based on a self-assessment by "
                "the portal's operator. We review it after every significant change to the "
                "site and at least once a year."
            )),
        ],
    },
}

_PRIVACY = {
    "key": "privacy",
    "slug": {
        "pl": "prywatnosc",
        "ro": "confidentialitate",
        "en": "privacy",
    },
    # The operator's details, retention periods and hosting location are sample data.
    "sample": True,
    "pl": {
        "title": "Informacja o prywatności",
        "lead": (
            "Portal zbiera tylko te dane, które są potrzebne, by odpowiedzieć na Twoją "
            "wiadomość. Nie śledzimy odwiedzających i nie używamy reklamowych ani "
            "analitycznych plików cookie."
        ),
        "body": [
            ("p", (
                "Administratorem danych osobowych przekazywanych przez portal jest jego "
                "operator. Możesz czytać wszystkie treści, wyszukiwać, drukować karty zajęć "
                "i pobierać otwarte dane bez logowania i bez podawania jakichkolwiek danych. "
                "Dane osobowe trafiają do nas tylko wtedy, gdy sam wyślesz wiadomość przez "
                "formularz kontaktowy."
            )),
            ("callout", {
                "tone": "warning",
                "title": "Do uzupełnienia przed uruchomieniem",
                "text": (
                    "Ta strona jest wzorem przygotowanym dla wersji demonstracyjnej portalu. "
                    "Dane operatora, okresy przechowywania i miejsce hostingu są "
                    "<strong>przykładowe</strong> i przed uruchomieniem serwisu trzeba je "
                    "zastąpić rzeczywistymi."
                ),
            }),
            ("h2", "Jakie dane zbiera formularz kontaktowy"),
            ("ul", [
                "<strong>Imię i nazwisko</strong> albo nazwa instytucji: żebyśmy wiedzieli, "
                "jak się do Ciebie zwracać.",
                "<strong>Adres e-mail</strong>: wyłącznie po to, by odpowiedzieć.",
                "<strong>Temat i treść wiadomości</strong>: temat pomaga przekazać sprawę "
                "właściwej osobie, na przykład koordynatorowi sieci szkół.",
                "<strong>Zgoda na przetwarzanie</strong> oraz data i godzina wysłania "
                "formularza: żeby móc wykazać, kiedy i na jakiej podstawie otrzymaliśmy dane.",
            ]),
            ("p", (
                "Dane przetwarzamy na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO) i "
                "tylko w celu odpowiedzi na wiadomość. Nie zapisujemy Cię do newslettera, nie "
                "profilujemy i nie przekazujemy danych w celach marketingowych. Dostęp do "
                "nich mają osoby obsługujące korespondencję oraz dostawca hostingu, który "
                "działa na nasze zlecenie, a serwery znajdują się na terenie Europejskiego "
                "Obszaru Gospodarczego."
            )),
            ("h2", "Jak długo przechowujemy dane"),
            ("p", (
                "Wiadomości z formularza przechowujemy przez 12 miesięcy od zakończenia "
                "sprawy, a potem je usuwamy. Serwer zapisuje w dziennikach technicznych adres "
                "IP i czas wizyty, co pozwala wykrywać ataki i błędy; dzienniki kasujemy po "
                "30 dniach. Wcześniejsze usunięcie wiadomości możesz zlecić w każdej chwili."
            )),
            ("h2", "Pliki cookie"),
            ("ul", [
                "<strong>csrftoken</strong>: zabezpiecza formularze przed podszywaniem się "
                "pod Ciebie przez inne strony (ochrona CSRF); pojawia się, gdy otwierasz formularz.",
                "<strong>sessionid</strong>: ciasteczko sesji, ustawiane wyłącznie "
                "redaktorom po zalogowaniu do panelu administracyjnego.",
                "Nie używamy plików cookie analitycznych, reklamowych ani śledzących. Jeśli "
                "strona zawiera osadzony film z zewnętrznego serwisu, jego dostawca może "
                "zapisać własne pliki cookie; obowiązują wtedy jego zasady.",
            ]),
            ("h2", "Twoje prawa"),
            ("ul", [
                "dostęp do swoich danych i otrzymanie ich kopii,",
                "sprostowanie danych nieprawidłowych,",
                "usunięcie danych lub ograniczenie ich przetwarzania,",
                "przeniesienie danych,",
                "wycofanie zgody w dowolnym momencie, bez wpływu na zgodność z prawem "
                "przetwarzania sprzed jej wycofania,",
                "wniesienie skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
            ]),
            ("p", (
                "Aby skorzystać z tych praw albo zadać pytanie o prywatność, napisz przez "
                "stronę kontaktową i wybierz temat „Inne”. Odpowiemy w ciągu miesiąca, jak "
                "wymaga tego RODO. Mieszkańcy Rumunii mogą złożyć skargę także do krajowego "
                "organu nadzorczego, ANSPDCP."
            )),
        ],
    },
    "ro": {
        "title": "Informare privind confidențialitatea",
        "lead": (
            "Portalul colectează doar datele necesare pentru a vă răspunde la mesaj. Nu "
            "urmărim vizitatorii și nu folosim cookie-uri de publicitate sau de analiză."
        ),
        "body": [
            ("p", (
                "Operatorul datelor personale transmise prin portal este operatorul "
                "portalului. Puteți citi tot conținutul, căuta, tipări fișe de activitate "
                "și descărca date deschise fără cont și fără să ne dați vreo informație "
                "personală. Primim date personale doar atunci când ne trimiteți un mesaj "
                "prin formularul de contact."
            )),
            ("callout", {
                "tone": "warning",
                "title": "De completat înainte de lansare",
                "text": (
                    "Această pagină este un model pregătit pentru versiunea demonstrativă a "
                    "portalului. Datele operatorului, perioadele de păstrare și locul de "
                    "găzduire sunt <strong>exemple</strong> și trebuie înlocuite cu cele "
                    "reale înainte de lansare."
                ),
            }),
            ("h2", "Ce date colectează formularul de contact"),
            ("ul", [
                "<strong>Numele</strong> sau numele instituției: ca să știm cum să ne "
                "adresăm.",
                "<strong>Adresa de e-mail</strong>: numai pentru a vă răspunde.",
                "<strong>Subiectul și textul mesajului</strong>: subiectul ne ajută să "
                "trimitem mesajul persoanei potrivite, de exemplu coordonatorului rețelei de "
                "școli.",
                "<strong>Consimțământul</strong>, împreună cu data și ora trimiterii: ca să "
                "putem arăta când și pe ce temei am primit datele.",
            ]),
            ("p", (
                "Prelucrăm datele pe baza consimțământului dumneavoastră (art. 6 alin. (1) "
                "lit. a) din GDPR) și doar pentru a vă răspunde. Nu vă abonăm la newsletter, "
                "nu facem profilare și nu folosim datele în scop de marketing. Au acces la "
                "ele persoanele care se ocupă de corespondență și furnizorul de găzduire, "
                "care lucrează în numele nostru, cu servere în Spațiul Economic European."
            )),
            ("h2", "Cât timp păstrăm datele"),
            ("p", (
                "Păstrăm mesajele primite prin formular 12 luni de la închiderea "
                "solicitării, apoi le ștergem. Serverul înregistrează în jurnalele tehnice "
                "adresa IP și ora accesării, ca să putem depista atacuri și erori; "
                "jurnalele se șterg după 30 de zile. Ne puteți cere oricând să ștergem mai "
                "devreme mesajul dumneavoastră."
            )),
            ("h2", "Cookie-uri"),
            ("ul", [
                "<strong>csrftoken</strong>: protejează formularele împotriva cererilor "
                "falsificate trimise de alte site-uri (protecție CSRF); apare când deschideți "
                "un formular.",
                "<strong>sessionid</strong>: cookie de sesiune, setat numai pentru editorii "
                "autentificați în interfața de administrare.",
                "Nu folosim cookie-uri de analiză, de publicitate sau de urmărire. Dacă o "
                "pagină conține un videoclip încorporat de pe o platformă externă, "
                "furnizorul acestuia poate seta propriile cookie-uri, după regulile sale.",
            ]),
            ("h2", "Drepturile dumneavoastră"),
            ("ul", [
                "dreptul de acces la date și de a primi o copie a lor;",
                "dreptul la rectificarea datelor inexacte;",
                "dreptul la ștergerea datelor sau la restricționarea prelucrării;",
                "dreptul la portabilitatea datelor;",
                "dreptul de a vă retrage oricând consimțământul, fără a afecta legalitatea "
                "prelucrării anterioare retragerii;",
                "dreptul de a depune o plângere la Autoritatea Națională de Supraveghere a "
                "Prelucrării Datelor cu Caracter Personal (ANSPDCP).",
            ]),
            ("p", (
                "Pentru a vă exercita drepturile sau pentru orice întrebare despre "
                "confidențialitate, scrieți-ne prin pagina de contact și alegeți subiectul "
                "„Altceva”. Vă răspundem în cel mult o lună, așa cum prevede GDPR. Persoanele "
                "din Polonia pot depune plângere și la autoritatea poloneză, UODO."
            )),
        ],
    },
    "en": {
        "title": "Privacy notice",
        "lead": (
            "The portal collects only the data needed to answer your message. We do not "
            "track visitors and use no advertising or analytics cookies."
        ),
        "body": [
            ("p", (
                "The controller of personal data sent through this portal is the portal's "
                "operator. You can read everything, search, print activity cards and download "
                "open data without an account and without giving us any personal details. "
                "Personal data reaches us only when you send a message through the contact form."
            )),
            ("callout", {
                "tone": "warning",
                "title": "To complete before launch",
                "text": (
                    "This page is a template written for the portal's demo. The operator's "
                    "details, the retention periods and the hosting location are "
                    "<strong>sample data</strong> and must be replaced with the real ones "
                    "before the site goes live."
                ),
            }),
            ("h2", "What the contact form collects"),
            ("ul", [
                "<strong>Your name</strong> or your institution's name, so that we know how "
                "to address you.",
                "<strong>Your e-mail address</strong>, only to reply to you.",
                "<strong>The topic and text of your message</strong>; the topic helps us pass "
                "it to the right person, for example the school network's coordinator.",
                "<strong>Your consent</strong>, with the date and time you sent the form, so "
                "that we can show when and on what basis we received the data.",
            ]),
            ("p", (
                "We process the data on the basis of your consent (Article 6(1)(a) GDPR) and "
                "only to answer your message. We do not add you to a newsletter, profile you "
                "or use the data for marketing. The data is seen by the people who handle "
                "correspondence and by our hosting provider, which acts on our behalf with "
                "servers in the European Economic Area."
            )),
            ("h2", "How long we keep data"),
            ("p", (
                "We keep messages sent through the form for 12 months after the matter is "
                "closed, then delete them. The server's technical logs record IP addresses "
                "and access times so that we can detect attacks and errors; the logs are "
                "deleted after 30 days. You can ask us to delete your message sooner at any time."
            )),
            ("h2", "Cookies"),
            ("ul", [
                "<strong>csrftoken</strong>: protects forms against requests forged by other "
                "sites (CSRF protection); it is set when you open a form.",
                "<strong>sessionid</strong>: a session cookie, set only for editors who sign "
                "in to the admin interface.",
                "We use no analytics, advertising or tracking cookies. If a page embeds a "
                "video from a third-party platform, that platform may set its own cookies "
                "under its own rules.",
            ]),
            ("h2", "Your rights"),
            ("ul", [
                "to access your data and get a copy of it;",
                "to have inaccurate data corrected;",
                "to have your data erased or its processing restricted;",
                "to data portability;",
                "to withdraw your consent at any time, without affecting the lawfulness of "
                "processing before the withdrawal;",
                "to lodge a complaint with a data protection supervisory authority, such as "
                "UODO in Poland or ANSPDCP in Romania.",
            ]),
            ("p", (
                "To exercise these rights or ask anything about privacy, write to us through "
                "the contact page and choose the topic “Other”. We reply within one month, "
                "as the GDPR requires."
            )),
        ],
    },
}

_HOW_TO_USE = {
    "key": "how-to-use",
    "slug": {
        "pl": "jak-korzystac-z-portalu",
        "ro": "cum-folositi-portalul",
        "en": "how-to-use",
    },
    "sample": False,
    "pl": {
        "title": "Jak korzystać z portalu",
        "lead": (
            "Krótki przewodnik dla bibliotekarzy i nauczycieli: jak szybko znaleźć zasób "
            "lub pomysł na zajęcia, wydrukować kartę, sprawdzić, kto działa w okolicy, i "
            "pobrać dane."
        ),
        "body": [
            ("h2", "Znajdź zasób lub pomysł na zajęcia"),
            ("p", (
                "Wyszukiwarka u góry każdej strony przeszukuje jednocześnie Zasobnik, "
                "Inspiracje, profile klubów i szkół oraz aktualności. Możesz pisać bez "
                "polskich znaków: zapytanie „lodz” znajdzie też „Łódź”, a „drukarka 3d” "
                "trafi na opisy druku 3D. Wyniki są pogrupowane według rodzaju treści, "
                "więc od razu widać, co jest artykułem, a co gotowym scenariuszem."
            )),
            ("h2", "Zawęź wyniki filtrami"),
            ("ul", [
                "<strong>Wiek uczestników</strong>: np. dzieci 5–12 lat, młodzież, dorośli, seniorzy.",
                "<strong>Czas trwania i liczba osób</strong>: żeby zajęcia zmieściły się w "
                "jednym spotkaniu i w Twojej sali.",
                "<strong>Sprzęt i materiały</strong>: pokaż tylko to, co poprowadzisz z tym, "
                "co już masz.",
                "<strong>Obszar STEAM</strong>: nauki przyrodnicze, technologia, inżynieria, "
                "sztuka, matematyka.",
                "<strong>Poziom trudności i temat</strong>: od pierwszych kroków po projekty "
                "dla zaawansowanych.",
            ]),
            ("p", (
                "Filtry można łączyć, a adres strony z wynikami zapisuje wybrane ustawienia. "
                "Wystarczy go skopiować, by wysłać komuś z zespołu gotową listę albo dodać ją do "
                "zakładek. Filtry działają także bez JavaScriptu."
            )),
            ("h2", "Wydrukuj kartę zajęć"),
            ("p", (
                "Każda inspiracja ma wersję do druku: kliknij „Drukuj kartę” albo użyj "
                "zwykłego polecenia drukowania w przeglądarce. Na wydruku zostają tylko "
                "najważniejsze informacje: cel, wiek, czas, lista sprzętu i materiałów, "
                "kolejne kroki i zasady bezpieczeństwa. Menu, przyciski i stopka znikają, "
                "więc kartę łatwo położyć na stole podczas zajęć."
            )),
            ("h2", "Znajdź klub w pobliżu"),
            ("p", (
                "W dziale Kluby zobaczysz mapę i pełną listę klubów z adresami. Listę można "
                "zawęzić do województwa lub okręgu, modelu organizacyjnego albo sprzętu, "
                "którym dysponuje klub. Profil klubu podaje bibliotekę, która go prowadzi, "
                "wyposażenie, przykładowe zajęcia i sposób kontaktu, co ułatwia umówienie "
                "wizyty studyjnej albo pożyczenie sprzętu."
            )),
            ("h2", "Korzystaj z otwartych danych"),
            ("p", (
                "Listy klubów, szkół, wydarzeń i przykładów z całego świata pobierzesz jako "
                "CSV (do arkusza kalkulacyjnego) lub GeoJSON (do map). Wydarzenia sieci szkół "
                "możesz dodać do swojego kalendarza w formacie iCal, a aktualności śledzić "
                "przez kanał RSS. Dane udostępniamy na licencji CC BY 4.0, o której więcej "
                "piszemy na stronie o licencji."
            )),
            ("h2", "Zmień język"),
            ("p", (
                "Przełącznik języka w nagłówku strony prowadzi do tej samej treści po polsku, "
                "rumuńsku lub angielsku, a adres zaczyna się odpowiednio od /pl/, /ro/ lub "
                "/en/. Nazwy instytucji, np. bibliotek i szkół, zostawiamy w oryginalnym "
                "brzmieniu, żeby łatwo było je odnaleźć."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Przykład: co zrobić z Ozobotami?",
                "text": (
                    "Wybierz w filtrze sprzętu roboty Ozobot albo wpisz „ozobot” w "
                    "wyszukiwarkę. Znajdziesz m.in. zajęcia dla dzieci w wieku 5–12 lat, "
                    "w których roboty podróżują po wydrukowanej mapie Układu Słonecznego, "
                    "a potrzebne są jeszcze tylko papier i kolorowe markery."
                ),
            }),
        ],
    },
    "ro": {
        "title": "Cum folosiți portalul",
        "lead": (
            "Un scurt ghid pentru bibliotecari și profesori: cum găsiți repede o resursă "
            "sau o idee de activitate, cum tipăriți fișa, cum vedeți cine lucrează în "
            "apropiere și cum descărcați datele."
        ),
        "body": [
            ("h2", "Găsiți o resursă sau o idee de activitate"),
            ("p", (
                "Căutarea din partea de sus a fiecărei pagini cuprinde simultan resursele, "
                "ideile de activități, profilurile cluburilor și școlilor și știrile. Puteți "
                "scrie și fără diacritice: „scoala” găsește și „școala”, iar „imprimanta 3d” "
                "duce la descrierile despre imprimarea 3D. Rezultatele sunt grupate pe tipuri "
                "de conținut, așa că vedeți imediat ce este articol și ce este activitate gata "
                "de folosit."
            )),
            ("h2", "Restrângeți rezultatele cu filtre"),
            ("ul", [
                "<strong>Vârsta participanților</strong>: de exemplu copii de 5–12 ani, "
                "adolescenți, adulți, vârstnici.",
                "<strong>Durata și mărimea grupului</strong>: ca activitatea să încapă într-o "
                "singură întâlnire și în sala dumneavoastră.",
                "<strong>Echipamente și materiale</strong>: afișați doar ce puteți face cu "
                "ceea ce aveți deja.",
                "<strong>Domeniul STEAM</strong>: științe, tehnologie, inginerie, arte, "
                "matematică.",
                "<strong>Nivelul de dificultate și tema</strong>: de la primii pași până la "
                "proiecte pentru avansați.",
            ]),
            ("p", (
                "Filtrele se pot combina, iar adresa paginii cu rezultate păstrează "
                "selecția. Este suficient să o copiați pentru a trimite unui coleg lista "
                "gata făcută sau pentru a o salva la favorite. Filtrele funcționează și fără "
                "JavaScript."
            )),
            ("h2", "Tipăriți fișa de activitate"),
            ("p", (
                "Fiecare idee de activitate are o versiune pentru tipar: apăsați „Tipărește "
                "fișa” sau folosiți comanda obișnuită de tipărire a browserului. Pe hârtie "
                "rămân doar informațiile esențiale: obiectivul, vârsta, durata, lista de "
                "echipamente și materiale, pașii și regulile de siguranță. Meniurile, "
                "butoanele și subsolul dispar, așa că fișa se poate folosi direct pe masa "
                "de lucru."
            )),
            ("h2", "Găsiți un club în apropiere"),
            ("p", (
                "În secțiunea Cluburi găsiți o hartă și lista completă a cluburilor, cu "
                "adrese. Lista poate fi restrânsă după voievodat sau județ, după modelul de "
                "organizare sau după echipamentele clubului. Profilul fiecărui club indică "
                "biblioteca-gazdă, dotările, exemple de activități și datele de contact, ca "
                "să puteți stabili ușor o vizită de studiu sau un împrumut de echipamente."
            )),
            ("h2", "Folosiți datele deschise"),
            ("p", (
                "Listele de cluburi, școli, evenimente și exemple din lume pot fi descărcate "
                "în format CSV (pentru foi de calcul) sau GeoJSON (pentru hărți). "
                "Evenimentele rețelei de școli pot fi adăugate în calendarul dumneavoastră "
                "în format iCal, iar știrile pot fi urmărite prin flux RSS. Datele sunt "
                "publicate sub licența CC BY 4.0, descrisă pe pagina despre licență."
            )),
            ("h2", "Schimbați limba"),
            ("p", (
                "Selectorul de limbă din antet vă duce la același conținut în română, "
                "poloneză sau engleză, iar adresa începe cu /ro/, /pl/ sau /en/. Numele "
                "instituțiilor, precum bibliotecile și școlile, rămân în forma originală, ca "
                "să le găsiți ușor."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Exemplu: ce facem cu roboții Ozobot?",
                "text": (
                    "Alegeți roboții Ozobot în filtrul de echipamente sau scrieți „ozobot” "
                    "în căutare. Veți găsi, printre altele, o activitate pentru copii de "
                    "5–12 ani în care roboții călătoresc pe o hartă tipărită a Sistemului "
                    "Solar; în rest, aveți nevoie doar de hârtie și markere colorate."
                ),
            }),
        ],
    },
    "en": {
        "title": "How to use the portal",
        "lead": (
            "A short guide for librarians and teachers: how to find a resource or an "
            "activity idea quickly, print a card, see who is active nearby and download data."
        ),
        "body": [
            ("h2", "Find a resource or an activity idea"),
            ("p", (
                "The search box at the top of every page looks through the resources, "
                "activity ideas, club and school profiles and news at once. You can type "
                "without diacritics: “lodz” also finds “Łódź” and “scoala” finds “școala”. "
                "Results are grouped by type, so you can tell at a glance which is an "
                "article and which is a ready-to-run activity."
            )),
            ("h2", "Narrow the results with filters"),
            ("ul", [
                "<strong>Participants' age</strong>: for example children aged 5–12, "
                "teenagers, adults, seniors.",
                "<strong>Duration and group size</strong>: so the activity fits one session "
                "and your room.",
                "<strong>Equipment and materials</strong>: show only what you can run with "
                "what you already have.",
                "<strong>STEAM area</strong>: science, technology, engineering, arts, "
                "mathematics.",
                "<strong>Difficulty and topic</strong>: from first steps to projects for "
                "advanced makers.",
            ]),
            ("p", (
                "Filters can be combined, and the address of the results page keeps your "
                "choices. Copy it to send a colleague a ready-made list or bookmark it for "
                "later. Filters work without JavaScript too."
            )),
            ("h2", "Print an activity card"),
            ("p", (
                "Every activity idea has a print version: press “Print card” or use your "
                "browser's usual print command. Only the essentials stay on paper: the goal, "
                "age, duration, the list of equipment and materials, the steps and the "
                "safety rules. Menus, buttons and the footer disappear, so the card can lie "
                "on the table while you run the session."
            )),
            ("h2", "Find a club near you"),
            ("p", (
                "The Clubs section shows a map and a full list of clubs with their "
                "addresses. You can narrow the list by Polish voivodeship or Romanian "
                "county, by organisational model or by the equipment a club has. Each club "
                "profile gives the host library, its equipment, sample activities and "
                "contact details, which makes it easy to arrange a study visit or borrow "
                "equipment."
            )),
            ("h2", "Use the open data"),
            ("p", (
                "Lists of clubs, schools, events and examples from around the world can be "
                "downloaded as CSV (for spreadsheets) or GeoJSON (for maps). You can add the "
                "school network's events to your calendar in iCal format and follow the news "
                "through an RSS feed. The data is published under the CC BY 4.0 licence, "
                "explained on the licence page."
            )),
            ("h2", "Switch language"),
            ("p", (
                "The language switcher in the page header takes you to the same content in "
                "English, Polish or Romanian, and the address starts with /en/, /pl/ or /ro/ "
                "accordingly. Names of institutions, such as libraries and schools, stay in "
                "their original form so that they are easy to look up."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Example: what can we do with Ozobots?",
                "text": (
                    "Choose Ozobot robots in the equipment filter or type “ozobot” into the "
                    "search box. Among other things you will find an activity for children "
                    "aged 5–12 in which the robots travel across a printed map of the Solar "
                    "System; apart from that you only need paper and coloured markers."
                ),
            }),
        ],
    },
}

_OPEN_DATA_LICENCE = {
    "key": "open-data-licence",
    "slug": {
        "pl": "licencja-i-otwarte-dane",
        "ro": "licenta-si-date-deschise",
        "en": "open-data-licence",
    },
    "sample": False,
    "pl": {
        "title": "Licencja i otwarte dane",
        "lead": (
            "Treści i dane z portalu możesz kopiować, tłumaczyć, przerabiać i "
            "wykorzystywać dalej, także komercyjnie. Wystarczy, że podasz źródło zgodnie z "
            "licencją Creative Commons Uznanie autorstwa 4.0."
        ),
        "body": [
            ("p", (
                "Portal powstał po to, by dobre pomysły krążyły. Chcemy, żeby scenariusz "
                "zajęć z jednej biblioteki mógł trafić do szkolnej pracowni, a lista klubów "
                "do mapy przygotowanej przez samorząd czy badacza. Dlatego domyślnie "
                "udostępniamy wszystko na otwartej licencji."
            )),
            ("h2", "Treści na licencji CC BY 4.0"),
            ("p", (
                "O ile przy materiale nie zaznaczono inaczej, teksty portalu (artykuły "
                "Zasobnika, inspiracje, profile klubów i szkół, aktualności) są dostępne na "
                "licencji <a href=\"https://creativecommons.org/licenses/by/4.0/deed.pl\">Creative "
                "Commons Uznanie autorstwa 4.0 Międzynarodowe (CC BY 4.0)</a>. Możesz je "
                "kopiować, rozpowszechniać, tłumaczyć i przerabiać w dowolnym celu. Warunek "
                "jest jeden: podaj autora i źródło, wskaż licencję i zaznacz, czy "
                "wprowadzono zmiany."
            )),
            ("h2", "Dane"),
            ("ul", [
                "<strong>Kluby</strong>: nazwa, biblioteka prowadząca, adres, współrzędne, "
                "region, model organizacyjny, wyposażenie, edycja programu.",
                "<strong>Katalog sprzętu</strong>: rodzaj urządzenia, kategoria, orientacyjny "
                "koszt, uwagi dotyczące bezpieczeństwa.",
                "<strong>Inspiracje</strong>: wiek uczestników, czas trwania, wielkość grupy, "
                "potrzebny sprzęt i obszary STEAM.",
                "<strong>Sieć szkół</strong>: szkoły, partnerzy, wspólne projekty, wydarzenia "
                "oraz wskaźniki realizacji celów.",
                "<strong>Przykłady z całego świata</strong>: biblioteczne pracownie twórcze "
                "ze współrzędnymi na poziomie miasta.",
            ]),
            ("p", (
                "Dane udostępniamy na tej samej licencji CC BY 4.0, w formatach CSV, "
                "GeoJSON, iCal i RSS oraz przez publiczne API. Współrzędne przykładów "
                "zagranicznych wskazują miasto, a nie dokładny adres budynku. Jeśli "
                "zauważysz błąd w danych, napisz do nas: poprawka trafi do wszystkich "
                "formatów jednocześnie."
            )),
            ("h2", "Wyjątki"),
            ("ul", [
                "Logotypy i nazwy FRSI, Centrul Cultural Clujean, Fondation Botnar oraz "
                "partnerów nie są objęte licencją CC BY.",
                "Zdjęcia, ilustracje i dokumenty opisane innym autorem lub inną licencją "
                "wykorzystuj na warunkach podanych przy nich.",
                "Osadzone filmy oraz materiały, do których prowadzą odnośniki, należą do "
                "ich twórców i podlegają ich warunkom.",
            ]),
            ("h2", "Jak podać źródło"),
            ("p", (
                "Dobre oznaczenie zawiera cztery elementy: tytuł materiału, autora (np. "
                "„portal Kluby Kreatywności” lub nazwę biblioteki, która opisała zajęcia), "
                "źródło w postaci odnośnika i nazwę licencji z odnośnikiem. Jeśli materiał "
                "zmieniasz, napisz krótko, co zmieniono. Przy danych wystarczy wpis w opisie "
                "mapy, raportu lub aplikacji."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Przykład oznaczenia",
                "text": (
                    "<em>Na podstawie: „Ozoboty w Układzie Słonecznym”, portal Kluby "
                    "Kreatywności, licencja CC BY 4.0. Zmiany: skrócono i dostosowano do "
                    "grupy w wieku 10–12 lat.</em>"
                ),
            }),
            ("p", (
                "Oznaczenie nie może sugerować, że operator portalu lub programy Kluby "
                "Kreatywności i Learning Qub popierają Twoje wykorzystanie materiału. Treści "
                "i dane udostępniamy w takim stanie, w jakim są, ale chętnie przyjmujemy "
                "uwagi i poprawki."
            )),
            ("h2", "Dane kontaktowe w profilach"),
            ("p", (
                "Profile klubów i szkół zawierają instytucjonalne dane kontaktowe i opisują "
                "osoby przez pełnione funkcje, np. „bibliotekarz prowadzący klub”, a nie z "
                "imienia i nazwiska. Służą do kontaktu w sprawie zajęć i współpracy. Nie "
                "wykorzystuj ich do masowej wysyłki wiadomości: to byłoby niezgodne z RODO "
                "i z duchem sieci."
            )),
        ],
    },
    "ro": {
        "title": "Licență și date deschise",
        "lead": (
            "Conținutul și datele portalului pot fi copiate, traduse, adaptate și "
            "refolosite, inclusiv în scop comercial. Este suficient să menționați sursa, "
            "conform licenței Creative Commons Atribuire 4.0."
        ),
        "body": [
            ("p", (
                "Portalul există pentru ca ideile bune să circule. Ne dorim ca o activitate "
                "dintr-o bibliotecă să ajungă într-un laborator școlar, iar lista cluburilor "
                "să poată apărea pe harta unei primării sau în studiul unui cercetător. De "
                "aceea publicăm totul, în mod implicit, sub o licență deschisă."
            )),
            ("h2", "Conținut sub licența CC BY 4.0"),
            ("p", (
                "Dacă nu este indicat altfel, textele portalului (articolele din colecția de "
                "resurse, ideile de activități, profilurile cluburilor și școlilor, știrile) "
                "sunt disponibile sub licența <a href=\"https://creativecommons.org/licenses/by/4.0/deed.ro\">Creative "
                "Commons Atribuire 4.0 Internațional (CC BY 4.0)</a>. Le puteți copia, "
                "distribui, traduce și adapta în orice scop. O singură condiție: menționați "
                "autorul și sursa, indicați licența și precizați dacă ați făcut modificări."
            )),
            ("h2", "Date"),
            ("ul", [
                "<strong>Cluburi</strong>: nume, biblioteca-gazdă, adresă, coordonate, "
                "regiune, model de organizare, echipamente, ediția programului.",
                "<strong>Catalogul de echipamente</strong>: tipul aparatului, categoria, "
                "costul aproximativ, observații de siguranță.",
                "<strong>Idei de activități</strong>: vârsta participanților, durata, "
                "mărimea grupului, echipamentele necesare și domeniile STEAM.",
                "<strong>Rețeaua de școli</strong>: școli, parteneri, colaborări, evenimente "
                "și indicatori față de ținte.",
                "<strong>Exemple din lume</strong>: spații creative din biblioteci, cu "
                "coordonate la nivel de oraș.",
            ]),
            ("p", (
                "Datele sunt publicate sub aceeași licență CC BY 4.0, în formatele CSV, "
                "GeoJSON, iCal și RSS, precum și printr-un API public. Coordonatele "
                "exemplelor internaționale indică orașul, nu adresa exactă a clădirii. Dacă "
                "observați o greșeală în date, scrieți-ne: corectura ajunge simultan în "
                "toate formatele."
            )),
            ("h2", "Excepții"),
            ("ul", [
                "Siglele și denumirile FRSI, Centrului Cultural Clujean, Fundației Botnar și "
                "ale partenerilor nu intră sub licența CC BY.",
                "Fotografiile, ilustrațiile și documentele care au indicat alt autor sau altă "
                "licență se folosesc în condițiile menționate lângă ele.",
                "Videoclipurile încorporate și materialele la care trimit linkurile aparțin "
                "autorilor lor și se supun condițiilor acestora.",
            ]),
            ("h2", "Cum menționați sursa"),
            ("p", (
                "O atribuire corectă are patru elemente: titlul materialului, autorul (de "
                "exemplu, „portalul Cluburi de Creativitate &amp; Learning Qub” sau numele "
                "școlii care a descris activitatea), sursa sub forma unui link și numele "
                "licenței, tot cu link. Dacă modificați materialul, spuneți pe scurt ce ați "
                "schimbat. Pentru date ajunge o mențiune în descrierea hărții, a raportului "
                "sau a aplicației."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Exemplu de atribuire",
                "text": (
                    "<em>După: „Ozobot în Sistemul Solar”, portalul Cluburi de Creativitate "
                    "&amp; Learning Qub, licența CC BY 4.0. Modificări: text scurtat și "
                    "adaptat pentru un grup de 10–12 ani.</em>"
                ),
            }),
            ("p", (
                "Atribuirea nu trebuie să sugereze că operatorul portalului sau programele "
                "Kluby Kreatywności și Learning Qub susțin modul în care folosiți materialul. "
                "Conținutul și datele sunt oferite ca atare, dar primim cu plăcere observații "
                "și corecturi."
            )),
            ("h2", "Datele de contact din profiluri"),
            ("p", (
                "Profilurile cluburilor și școlilor conțin date de contact instituționale și "
                "numesc persoanele după rol, de exemplu „bibliotecarul care coordonează "
                "clubul”, nu după nume. Ele servesc pentru contacte legate de activități și "
                "colaborări. Nu le folosiți pentru trimiteri în masă: ar încălca GDPR și "
                "spiritul rețelei."
            )),
        ],
    },
    "en": {
        "title": "Licence and open data",
        "lead": (
            "You may copy, translate, adapt and reuse the portal's content and data, "
            "commercially too. All you need to do is credit the source as the Creative "
            "Commons Attribution 4.0 licence asks."
        ),
        "body": [
            ("p", (
                "The portal exists so that good ideas travel. We want an activity written up "
                "by one library to reach a school lab, and the list of clubs to end up on a "
                "council's map or in a researcher's study. That is why everything is "
                "published under an open licence by default."
            )),
            ("h2", "Content under CC BY 4.0"),
            ("p", (
                "Unless stated otherwise, the portal's texts (resource articles, activity "
                "ideas, club and school profiles, news) are available under the "
                "<a href=\"https://creativecommons.org/licenses/by/4.0/\">Creative Commons "
                "Attribution 4.0 International licence (CC BY 4.0)</a>. You may copy, "
                "share, translate and adapt them for any purpose. There is one condition: "
                "credit the author and source, name the licence and say whether you made changes."
            )),
            ("h2", "Data"),
            ("ul", [
                "<strong>Clubs</strong>: name, host library, address, coordinates, region, "
                "organisational model, equipment, programme edition.",
                "<strong>Equipment catalogue</strong>: what an item is, its category, "
                "approximate cost and safety notes.",
                "<strong>Activity ideas</strong>: participants' age, duration, group size, "
                "equipment needed and STEAM areas.",
                "<strong>School network</strong>: schools, partners, collaborations, events "
                "and progress against targets.",
                "<strong>Examples from around the world</strong>: library creative spaces "
                "with city-level coordinates.",
            ]),
            ("p", (
                "The data is published under the same CC BY 4.0 licence, as CSV, GeoJSON, "
                "iCal and RSS, and through a public API. Coordinates of the international "
                "examples point to the city, not to the exact building. If you spot a "
                "mistake in the data, tell us: the fix reaches every format at once."
            )),
            ("h2", "Exceptions"),
            ("ul", [
                "The logos and names of FRSI, the Centrul Cultural Clujean, Fondation Botnar "
                "and partners are not covered by the CC BY licence.",
                "Photos, illustrations and documents credited to another author or marked "
                "with another licence may be used on the terms given next to them.",
                "Embedded videos and material reached through links belong to their creators "
                "and follow their terms.",
            ]),
            ("h2", "How to credit"),
            ("p", (
                "A good credit has four parts: the title of the material, its author (for "
                "example “Creativity Clubs &amp; Learning Qub portal” or the library that "
                "wrote up the activity), the source as a link, and the licence name, also "
                "with a link. If you change the material, say briefly what you changed. For "
                "data, a line in the description of your map, report or app is enough."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Example credit",
                "text": (
                    "<em>Based on: “Ozobots in the Solar System”, Creativity Clubs &amp; "
                    "Learning Qub portal, licensed under CC BY 4.0. Changes: shortened and "
                    "adapted for a group aged 10–12.</em>"
                ),
            }),
            ("p", (
                "A credit must not suggest that the portal's operator or the Kluby "
                "Kreatywności and Learning Qub programmes endorse your use of the material. "
                "Content and data are provided as they are, and we welcome comments and "
                "corrections."
            )),
            ("h2", "Contact details in profiles"),
            ("p", (
                "Club and school profiles hold institutional contact details and name people "
                "by their role, such as “the club's librarian”, not by name. They are there "
                "for contact about activities and cooperation. Please do not use them for "
                "bulk mailing: that would breach the GDPR and the spirit of the network."
            )),
        ],
    },
}

_JOIN_THE_NETWORK = {
    "key": "join-the-network",
    "slug": {
        "pl": "dolacz-do-sieci",
        "ro": "alaturati-va-retelei",
        "en": "join-the-network",
    },
    # The application steps describe this portal's onboarding and are sample data.
    "sample": True,
    "pl": {
        "title": "Dołącz do sieci",
        "lead": (
            "Dla bibliotek, które chcą otworzyć klub kreatywności, i dla szkół z okręgu "
            "Kluż, które chcą pracować z partnerami spoza szkoły: co trzeba mieć na start, "
            "jakie wsparcie dawały programy i jak przebiega zgłoszenie."
        ),
        "body": [
            ("p", (
                "Nie trzeba zaczynać od drogiego sprzętu ani osobnej sali. Oba programy "
                "pokazały, że najważniejsi są ludzie gotowi eksperymentować razem z "
                "uczestnikami oraz partnerzy, którzy wnoszą to, czego biblioteka lub szkoła "
                "nie ma. Resztę można rozbudowywać krok po kroku."
            )),
            ("callout", {
                "tone": "warning",
                "title": "Edycje zakończone, proces przykładowy",
                "text": (
                    "Etapy zgłoszenia opisane niżej pokazują, jak działa obsługa zgłoszeń w "
                    "tym portalu, i są <strong>danymi przykładowymi</strong>. Opisane "
                    "edycje programów (2019–2020 i 2020–2024) są zakończone, a terminy i "
                    "warunki nowych naborów zawsze podaje ogłoszenie koordynatora."
                ),
            }),
            ("h2", "Czego potrzebuje klub na start"),
            ("ul", [
                "<strong>Zespół:</strong> przynajmniej jedna osoba, która poprowadzi zajęcia "
                "i będzie się uczyć razem z uczestnikami; nie musi być inżynierem.",
                "<strong>Model dopasowany do warunków:</strong> na okazjonalne warsztaty "
                "wystarczy dowolna wolna sala, a mobilny makerspace w ogóle nie potrzebuje "
                "stałego pomieszczenia.",
                "<strong>Przemyślane wyposażenie:</strong> nie ma jednego obowiązkowego "
                "zestawu; liczą się wielkość sali, jej położenie, dostępność dla osób z "
                "niepełnosprawnościami, sąsiedztwo i warunki korzystania.",
                "<strong>Bezpieczeństwo:</strong> cięcie, frezowanie i szlifowanie wymagają "
                "szczególnej ostrożności, dobrej wentylacji i jasnych zasad pracy.",
                "<strong>Pierwszy program:</strong> kilka sprawdzonych inspiracji na początek "
                "i plan, dla kogo i kiedy klub będzie otwarty.",
                "<strong>Partnerzy:</strong> szkoła, dom kultury, uczelnia, lokalna firma lub "
                "stowarzyszenie, które wniosą wiedzę, sprzęt albo uczestników.",
            ]),
            ("h2", "Jakie wsparcie oferowały programy"),
            ("ul", [
                "<strong>Kluby Kreatywności, druga edycja 2019–2020:</strong> granty do "
                "10 000 zł, trzydniowe warsztaty i webinary, w tym webinar informacyjny "
                "27 stycznia 2020 r.",
                "<strong>Zasobnik:</strong> opisy sześciu modeli organizacyjnych, poradnik "
                "wyposażania klubu (sprzęt, darmowe lub tanie oprogramowanie, sala, "
                "lokalizacja, dostępność), słowniczek pojęć i poradnik organizacji festiwalu maker.",
                "<strong>Learning Qub (2020–2024):</strong> rezydencje artystyczne Art'n'Play, "
                "szkolenia dla nauczycieli i dyrekcji, biblioteka materiałów oraz sala Qub "
                "na warsztaty do 35 osób i konferencje do 60 osób.",
                "<strong>Sieć kontaktów:</strong> współpraca z instytucjami kultury, "
                "organizacjami społecznymi, uczelniami i firmami działającymi w sieci.",
            ]),
            ("h2", "Dla szkół z okręgu Kluż"),
            ("p", (
                "Sieć Szkół z Klużu zaczynała w 2018 r. od 10 szkół i miała objąć co "
                "najmniej 35, a w 2023 r. zespół Qub współpracował już z 48 szkołami. "
                "Następnym etapem miał być cały okręg Kluż. Szkoła w sieci razem z "
                "partnerami wypracowuje nowe metody nauczania oparte na współpracy i "
                "angażuje w to dyrekcję, nauczycieli, rodziców, lokalną społeczność i "
                "oczywiście uczniów."
            )),
            ("h2", "Jak przebiega zgłoszenie w portalu"),
            ("ol", [
                "Wypełniasz formularz zgłoszeniowy: instytucja, adres, funkcja osoby do "
                "kontaktu, planowany model klubu lub poziom nauczania szkoły oraz sprzęt, "
                "który już masz.",
                "Dostajesz e-mail z potwierdzeniem i odnośnikiem, pod którym możesz śledzić "
                "status zgłoszenia.",
                "Koordynator programu sprawdza zgłoszenie i w razie potrzeby dopytuje o szczegóły.",
                "Po akceptacji z danych zgłoszenia powstaje szkic profilu klubu lub szkoły, "
                "który redakcja sprawdza przed publikacją.",
                "Profil zostaje opublikowany, a osoba prowadząca klub może odtąd edytować "
                "wyłącznie własny profil.",
            ]),
            ("h2", "Po dołączeniu"),
            ("p", (
                "Dbaj o aktualną listę sprzętu: na jej podstawie portal podpowiada "
                "inspiracje, które możesz poprowadzić od ręki. Po każdym cyklu zajęć wypełnij "
                "krótki raport z liczbą spotkań i uczestników oraz grupami wiekowymi. Z "
                "raportów powstają zbiorcze wskaźniki, które pokazują, jak programy "
                "realizują swoje cele."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Zacznij od małej skali",
                "text": (
                    "Okazjonalne warsztaty w czytelni lub sali szkolnej to najtańszy sposób, "
                    "by sprawdzić, kto przychodzi, czego potrzebuje i jaki sprzęt naprawdę "
                    "się przyda. W stałą pracownię warto inwestować dopiero wtedy, gdy te "
                    "odpowiedzi są znane."
                ),
            }),
        ],
    },
    "ro": {
        "title": "Alăturați-vă rețelei",
        "lead": (
            "Pentru bibliotecile care vor să deschidă un club de creativitate și pentru "
            "școlile din județul Cluj care vor să lucreze cu parteneri din afara școlii: "
            "de ce aveți nevoie la început, ce sprijin au oferit programele și cum decurge "
            "înscrierea."
        ),
        "body": [
            ("p", (
                "Nu trebuie să începeți cu echipamente scumpe sau cu o sală separată. Ambele "
                "programe au arătat că lucrul cel mai important sunt oamenii dispuși să "
                "experimenteze alături de participanți și partenerii care aduc ceea ce "
                "biblioteca sau școala nu are. Restul se construiește pas cu pas."
            )),
            ("callout", {
                "tone": "warning",
                "title": "Ediții încheiate, proces de exemplu",
                "text": (
                    "Etapele de înscriere descrise mai jos arată cum funcționează "
                    "înscrierile în acest portal și sunt <strong>date de exemplu</strong>. "
                    "Edițiile programelor prezentate aici (2019–2020 și 2020–2024) s-au "
                    "încheiat, iar termenele și condițiile apelurilor noi sunt anunțate "
                    "întotdeauna de coordonator."
                ),
            }),
            ("h2", "De ce are nevoie un club la început"),
            ("ul", [
                "<strong>O echipă:</strong> cel puțin o persoană care să conducă "
                "activitățile și să învețe împreună cu participanții; nu trebuie să fie "
                "inginer.",
                "<strong>Un model potrivit condițiilor:</strong> pentru ateliere ocazionale "
                "ajunge orice sală liberă, iar un makerspace mobil nu are nevoie deloc de "
                "un spațiu permanent.",
                "<strong>Echipamente alese cu grijă:</strong> nu există un set obligatoriu; "
                "contează mărimea sălii, amplasarea, accesibilitatea pentru persoanele cu "
                "dizabilități, vecinătatea și condițiile de folosire.",
                "<strong>Siguranță:</strong> tăierea, frezarea și șlefuirea cer o atenție "
                "deosebită, ventilație bună și reguli clare de lucru.",
                "<strong>Un prim program:</strong> câteva idei de activități testate și un "
                "plan despre cui se adresează clubul și când este deschis.",
                "<strong>Parteneri:</strong> o școală, un centru cultural, o universitate, o "
                "firmă locală sau o asociație care aduc cunoștințe, echipamente sau participanți.",
            ]),
            ("h2", "Ce sprijin au oferit programele"),
            ("ul", [
                "<strong>Kluby Kreatywności, a doua ediție, 2019–2020:</strong> granturi de "
                "până la 10.000 de zloți, ateliere de trei zile și webinarii, printre care "
                "webinarul de informare din 27 ianuarie 2020.",
                "<strong>Zasobnik:</strong> descrierea celor șase modele de organizare, un "
                "ghid de dotare a clubului (echipamente, programe gratuite sau ieftine, sală, "
                "amplasare, accesibilitate), un glosar și un ghid pentru organizarea unui "
                "festival maker.",
                "<strong>Learning Qub (2020–2024):</strong> rezidențele artistice Art'n'Play, "
                "formare pentru profesori și directori, biblioteca de resurse și sala Qub "
                "pentru ateliere de până la 35 de persoane și conferințe de până la 60.",
                "<strong>O rețea de contacte:</strong> colaborări cu organizații culturale, "
                "societatea civilă, universități și firme implicate în rețea.",
            ]),
            ("h2", "Pentru școlile din județul Cluj"),
            ("p", (
                "Rețeaua Școlilor din Cluj a pornit în 2018 cu 10 școli și și-a propus să "
                "ajungă la cel puțin 35, iar în 2023 echipa Qub lucra deja cu 48 de școli. "
                "Etapa următoare viza întregul județ Cluj. O școală din rețea dezvoltă "
                "împreună cu partenerii metode de predare noi, colaborative și participative, "
                "și implică în acest proces conducerea, profesorii, părinții, comunitatea și, "
                "desigur, elevii."
            )),
            ("h2", "Cum decurge înscrierea în portal"),
            ("ol", [
                "Completați formularul de înscriere: instituția, adresa, rolul persoanei de "
                "contact, modelul de club avut în vedere sau nivelul de învățământ al școlii "
                "și echipamentele pe care le aveți deja.",
                "Primiți un e-mail de confirmare cu un link la care puteți urmări stadiul "
                "înscrierii.",
                "Coordonatorul programului analizează înscrierea și, dacă e nevoie, vă cere "
                "detalii.",
                "După aprobare, din datele înscrierii se creează o ciornă de profil "
                "pentru club sau pentru școală, pe care echipa editorială o verifică înainte de "
                "publicare.",
                "Profilul este publicat, iar persoana care coordonează clubul poate edita de "
                "acum înainte doar propriul profil.",
            ]),
            ("h2", "După ce v-ați alăturat"),
            ("p", (
                "Țineți la zi lista de echipamente: pe baza ei, portalul vă sugerează "
                "activități pe care le puteți organiza imediat. După fiecare ciclu de "
                "activități completați un scurt raport cu numărul de întâlniri și de "
                "participanți și cu grupele de vârstă. Din rapoarte se calculează indicatorii "
                "care arată cum își ating programele țintele."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Începeți cu pași mici",
                "text": (
                    "Atelierele ocazionale într-o sală de lectură sau într-o clasă sunt cel "
                    "mai ieftin mod de a afla cine vine, de ce are nevoie și ce echipamente "
                    "vă vor fi cu adevărat utile. Merită să investiți într-un atelier "
                    "permanent abia după ce aveți aceste răspunsuri."
                ),
            }),
        ],
    },
    "en": {
        "title": "Join the network",
        "lead": (
            "For libraries that want to open a creativity club and for schools in Cluj "
            "county that want to work with partners from outside school: what you need to "
            "start, what support the programmes offered and how an application works."
        ),
        "body": [
            ("p", (
                "You do not have to start with expensive equipment or a room of your own. "
                "Both programmes showed that what matters most is people willing to "
                "experiment alongside participants, and partners who bring what the library "
                "or school lacks. Everything else can be added step by step."
            )),
            ("callout", {
                "tone": "warning",
                "title": "Past editions, sample process",
                "text": (
                    "The application steps below show how applications work on this portal "
                    "and are <strong>sample data</strong>. The programme editions described "
                    "here (2019–2020 and 2020–2024) have ended; dates and conditions of new "
                    "calls are always given in the coordinator's announcement."
                ),
            }),
            ("h2", "What a club needs to start"),
            ("ul", [
                "<strong>A team:</strong> at least one person to lead sessions and learn "
                "alongside the participants; they do not need to be an engineer.",
                "<strong>A model that fits your conditions:</strong> occasional maker "
                "sessions need only a free room, and a mobile makerspace needs no permanent "
                "room at all.",
                "<strong>Well-chosen equipment:</strong> there is no required set; weigh the "
                "room's size, location, accessibility for disabled people, neighbours and "
                "conditions of use.",
                "<strong>Safety:</strong> cutting, milling and sanding call for special care, "
                "good ventilation and clear workshop rules.",
                "<strong>A first programme:</strong> a few tested activity ideas to begin "
                "with, and a plan for whom the club is open to and when.",
                "<strong>Partners:</strong> a school, a cultural centre, a university, a "
                "local business or an association that brings know-how, equipment or participants.",
            ]),
            ("h2", "What support the programmes offered"),
            ("ul", [
                "<strong>Kluby Kreatywności, second edition 2019–2020:</strong> grants of up "
                "to 10,000 zł, three-day workshops and webinars, including the information "
                "webinar of 27 January 2020.",
                "<strong>The Zasobnik:</strong> descriptions of the six organisational "
                "models, a guide to equipping a club (hardware, free or cheap software, room, "
                "location, accessibility), a glossary and a guide to running a maker festival.",
                "<strong>Learning Qub (2020–2024):</strong> Art'n'Play artist residencies, "
                "training for teachers and school managers, the resource library, and the "
                "Qub's room for workshops of up to 35 people and conferences of up to 60.",
                "<strong>A network of contacts:</strong> cooperation with cultural "
                "organisations, civil society, universities and businesses active in the network.",
            ]),
            ("h2", "For schools in Cluj county"),
            ("p", (
                "The Cluj Schools Network started in 2018 with 10 schools and set out to "
                "reach at least 35; in 2023 the Qub team was already working with 48 schools. "
                "The next stage was to cover the whole of Cluj county. A school in the "
                "network works with partners on new, collaborative and participative ways of "
                "teaching, involving its management, teachers, parents, the local community "
                "and, of course, its pupils."
            )),
            ("h2", "How an application works on the portal"),
            ("ol", [
                "You fill in the application form: institution, address, the role of the "
                "contact person, the planned club model or the school's level, and the "
                "equipment you already have.",
                "You receive a confirmation e-mail with a link where you can follow the "
                "status of your application.",
                "The programme's coordinator reviews the application and asks for details "
                "if needed.",
                "Once accepted, the application becomes a draft profile of the club or "
                "school, which the editorial team checks before it is published.",
                "The profile goes live, and the person who runs the club can from then on "
                "edit only their own profile.",
            ]),
            ("h2", "After you join"),
            ("p", (
                "Keep your equipment list up to date: the portal uses it to suggest activity "
                "ideas you can run straight away. After each series of sessions, fill in a "
                "short report with the number of sessions and participants and their age "
                "groups. The reports add up to the figures that show how the programmes are "
                "doing against their targets."
            )),
            ("callout", {
                "tone": "tip",
                "title": "Start small",
                "text": (
                    "Occasional sessions in a reading room or classroom are the cheapest way "
                    "to learn who comes, what they need and which equipment will really be "
                    "useful. Invest in a permanent workshop only once you have those answers."
                ),
            }),
        ],
    },
}

STANDARD_PAGES = [
    _ABOUT_KLUBY,
    _ABOUT_QUB,
    _ACCESSIBILITY,
    _PRIVACY,
    _HOW_TO_USE,
    _OPEN_DATA_LICENCE,
    _JOIN_THE_NETWORK,
]

# ---------------------------------------------------------------------------
# 4. News
# ---------------------------------------------------------------------------
# The events are real milestones; each item's exact day of publication is invented
# (the sources give only the month or the year), so every item is marked as sample.

NEWS = [
    {
        "key": "pilot-launch-2018",
        "slug": {
            "pl": "ruszyl-pilotaz-klubow-kreatywnosci",
            "ro": "a-inceput-pilotul-kluby-kreatywnosci",
            "en": "kluby-kreatywnosci-pilot-begins",
        },
        "date": "2018-06-01",
        "tags": {
            "pl": ["Kluby Kreatywności", "pilotaż", "biblioteki"],
            "ro": ["Kluby Kreatywności", "proiect-pilot", "biblioteci"],
            "en": ["Kluby Kreatywności", "pilot", "libraries"],
        },
        "sample": True,
        "pl": {
            "title": "Ruszył pilotaż Klubów Kreatywności w pięciu bibliotekach",
            "lead": (
                "W czerwcu 2018 r. Fundacja Rozwoju Społeczeństwa Informacyjnego "
                "rozpoczęła pilotażową edycję programu Kluby Kreatywności. Pięć bibliotek "
                "publicznych sprawdzi, jak w praktyce działa twórcza pracownia dla mieszkańców."
            ),
            "body": [
                ("p", (
                    "Pilotaż jest częścią Programu Rozwoju Bibliotek 2017–2018, "
                    "finansowanego przez Polsko-Amerykańską Fundację Wolności. Wybrano do "
                    "niego pięć bibliotek finalistek z różnych regionów i o różnej skali: "
                    "od dużych bibliotek miejskich po bibliotekę gminy wiejskiej."
                )),
                ("ul", [
                    "Miejska Biblioteka Publiczna „Galeria Książki” w Oświęcimiu",
                    "Miejska Biblioteka Publiczna w Legionowie",
                    "Gminna Biblioteka Publiczna w Obrazowie",
                    "Biblioteka Publiczna Miasta i Gminy Piaseczno",
                    "Miejska Biblioteka Publiczna w Białej Podlaskiej",
                ]),
                ("p", (
                    "Każda biblioteka sama decyduje, jak zorganizuje klub. Program opisuje "
                    "sześć modeli: stały makerspace, biblioteczny fab lab, mobilną "
                    "pracownię, media lab, okazjonalne warsztaty i całą bibliotekę jako "
                    "makerspace. Pilotaż ma pokazać, które rozwiązania sprawdzają się w "
                    "polskich bibliotekach i w jakich warunkach."
                )),
                ("h2", "Co dalej"),
                ("p", (
                    "Doświadczenia klubów trafią do Zasobnika i do działu Inspiracje, żeby "
                    "kolejne biblioteki mogły z nich skorzystać bez zaczynania od zera. "
                    "Zebrane dane i dobre praktyki posłużą do rozszerzenia programu po "
                    "zakończeniu pilotażu."
                )),
            ],
        },
        "ro": {
            "title": "A început proiectul-pilot Kluby Kreatywności, în cinci biblioteci",
            "lead": (
                "În iunie 2018, Fundația pentru Dezvoltarea Societății Informaționale (FRSI) "
                "a lansat ediția-pilot a programului Kluby Kreatywności. Cinci biblioteci "
                "publice din Polonia vor testa cum funcționează în practică un spațiu "
                "creativ pentru comunitate."
            ),
            "body": [
                ("p", (
                    "Pilotul face parte din Programul de Dezvoltare a Bibliotecilor "
                    "2017–2018, finanțat de Fundația Polono-Americană pentru Libertate. Au "
                    "fost alese cinci biblioteci finaliste, din regiuni diferite și de "
                    "dimensiuni diferite: de la biblioteci orășenești mari până la biblioteca "
                    "unei comune rurale."
                )),
                ("ul", [
                    "Miejska Biblioteka Publiczna „Galeria Książki”, Oświęcim",
                    "Miejska Biblioteka Publiczna, Legionowo",
                    "Gminna Biblioteka Publiczna, Obrazów",
                    "Biblioteka Publiczna Miasta i Gminy Piaseczno",
                    "Miejska Biblioteka Publiczna, Biała Podlaska",
                ]),
                ("p", (
                    "Fiecare bibliotecă decide singură cum își organizează clubul. Programul "
                    "descrie șase modele: makerspace permanent, fab lab în bibliotecă, "
                    "atelier mobil, media lab, ateliere ocazionale și biblioteca întreagă "
                    "ca makerspace. Pilotul va arăta ce soluții funcționează în "
                    "bibliotecile poloneze și în ce condiții."
                )),
                ("h2", "Ce urmează"),
                ("p", (
                    "Experiența cluburilor va fi adunată în colecția de resurse Zasobnik și "
                    "în secțiunea de idei de activități, pentru ca alte biblioteci să nu "
                    "pornească de la zero. Datele și bunele practici culese vor sta la baza "
                    "extinderii programului după încheierea pilotului."
                )),
            ],
        },
        "en": {
            "title": "The Kluby Kreatywności pilot starts in five libraries",
            "lead": (
                "In June 2018 Poland's Information Society Development Foundation (FRSI) "
                "began the pilot edition of the Kluby Kreatywności programme. Five public "
                "libraries will test how a creative space for local people works in practice."
            ),
            "body": [
                ("p", (
                    "The pilot is part of the Libraries Development Programme 2017–2018, "
                    "funded by the Polish-American Freedom Foundation. Five finalist "
                    "libraries were chosen from different regions and of different sizes, "
                    "from large town libraries to the library of a rural commune."
                )),
                ("ul", [
                    "Miejska Biblioteka Publiczna “Galeria Książki”, Oświęcim",
                    "Miejska Biblioteka Publiczna, Legionowo",
                    "Gminna Biblioteka Publiczna, Obrazów",
                    "Biblioteka Publiczna Miasta i Gminy Piaseczno",
                    "Miejska Biblioteka Publiczna, Biała Podlaska",
                ]),
                ("p", (
                    "Each library decides for itself how to organise its club. The programme "
                    "describes six models: a permanent makerspace, a library fab lab, a "
                    "mobile makerspace, a media lab, occasional maker sessions and the whole "
                    "library as a makerspace. The pilot should show which of them work in "
                    "Polish libraries, and under what conditions."
                )),
                ("h2", "What comes next"),
                ("p", (
                    "The clubs' experience will feed the Zasobnik and the Inspiracje "
                    "section, so that other libraries do not have to start from scratch. "
                    "The data and good practice collected will help the programme grow once "
                    "the pilot is over."
                )),
            ],
        },
    },
    {
        "key": "second-edition-call-2020",
        "slug": {
            "pl": "druga-edycja-klubow-kreatywnosci-webinar",
            "ro": "a-doua-editie-kluby-kreatywnosci-webinar",
            "en": "second-edition-call-and-webinar",
        },
        "date": "2020-01-20",
        "tags": {
            "pl": ["Kluby Kreatywności", "nabór", "granty", "webinar"],
            "ro": ["Kluby Kreatywności", "apel", "granturi", "webinar"],
            "en": ["Kluby Kreatywności", "call", "grants", "webinar"],
        },
        "sample": True,
        "pl": {
            "title": "Druga edycja Klubów Kreatywności: granty do 10 000 zł i webinar 27 stycznia",
            "lead": (
                "Biblioteki publiczne mogą zgłaszać się do drugiej edycji programu Kluby "
                "Kreatywności. FRSI zaprasza wszystkich zainteresowanych na webinar "
                "informacyjny 27 stycznia 2020 r."
            ),
            "body": [
                ("p", (
                    "Druga edycja jest realizowana w ramach Programu Rozwoju Bibliotek "
                    "2019–2020. Skorzystają z niej biblioteki, które chcą otworzyć twórczą "
                    "przestrzeń i czerpać z doświadczeń pięciu klubów pilotażowych z 2018 r."
                )),
                ("h2", "Co oferuje druga edycja"),
                ("ul", [
                    "granty w wysokości do 10 000 zł,",
                    "trzydniowe warsztaty,",
                    "webinary, na których można zadać pytania i wymienić się doświadczeniami,",
                    "materiały z Zasobnika: opisy modeli organizacyjnych, poradnik "
                    "wyposażenia klubu i gotowe inspiracje.",
                ]),
                ("h2", "Webinar informacyjny 27 stycznia 2020 r."),
                ("p", (
                    "Podczas webinaru organizatorzy przedstawią zasady udziału i odpowiedzą "
                    "na pytania bibliotekarzy. Warto przygotować się wcześniej: zastanowić się, "
                    "który z sześciu modeli pasuje do biblioteki, jaką salą dysponujecie i "
                    "z kim w okolicy moglibyście współpracować."
                )),
                ("callout", {
                    "tone": "tip",
                    "title": "Zanim wypełnisz wniosek",
                    "text": (
                        "Przejrzyj opisy klubów pilotażowych i poradnik wyposażania klubu. "
                        "Nie ma jednego obowiązkowego zestawu sprzętu: liczą się wielkość "
                        "sali, jej położenie, dostępność i sąsiedztwo."
                    ),
                }),
            ],
        },
        "ro": {
            "title": "A doua ediție Kluby Kreatywności: granturi de până la 10.000 de zloți și webinar pe 27 ianuarie",
            "lead": (
                "Bibliotecile publice din Polonia se pot înscrie în a doua ediție a "
                "programului Kluby Kreatywności. FRSI îi invită pe toți cei interesați la "
                "webinarul de informare din 27 ianuarie 2020."
            ),
            "body": [
                ("p", (
                    "A doua ediție face parte din Programul de Dezvoltare a Bibliotecilor "
                    "2019–2020. Se adresează bibliotecilor care vor să deschidă un spațiu "
                    "creativ și să pornească de la experiența celor cinci cluburi-pilot din 2018."
                )),
                ("h2", "Ce oferă a doua ediție"),
                ("ul", [
                    "granturi de până la 10.000 de zloți;",
                    "ateliere de trei zile;",
                    "webinarii la care se pot pune întrebări și se pot împărtăși experiențe;",
                    "materiale din Zasobnik: descrierea modelelor de organizare, ghidul de "
                    "dotare a clubului și idei de activități gata de folosit.",
                ]),
                ("h2", "Webinarul de informare din 27 ianuarie 2020"),
                ("p", (
                    "În timpul webinarului, organizatorii vor prezenta regulile de "
                    "participare și vor răspunde la întrebările bibliotecarilor. Merită să "
                    "veniți pregătiți: gândiți-vă ce model dintre cele șase se potrivește "
                    "bibliotecii, ce sală aveți la dispoziție și cu cine ați putea colabora "
                    "în zonă."
                )),
                ("callout", {
                    "tone": "tip",
                    "title": "Înainte de a completa cererea",
                    "text": (
                        "Citiți descrierile cluburilor-pilot și ghidul de dotare a clubului. "
                        "Nu există un set obligatoriu de echipamente: contează mărimea "
                        "sălii, amplasarea, accesibilitatea și vecinătatea."
                    ),
                }),
            ],
        },
        "en": {
            "title": "Kluby Kreatywności second edition: grants of up to 10,000 zł and a webinar on 27 January",
            "lead": (
                "Public libraries in Poland can apply for the second edition of the Kluby "
                "Kreatywności programme. FRSI invites everyone interested to an information "
                "webinar on 27 January 2020."
            ),
            "body": [
                ("p", (
                    "The second edition is part of the Libraries Development Programme "
                    "2019–2020. It is meant for libraries that want to open a creative space "
                    "and build on the experience of the five pilot clubs of 2018."
                )),
                ("h2", "What the second edition offers"),
                ("ul", [
                    "grants of up to 10,000 zł;",
                    "three-day workshops;",
                    "webinars where you can ask questions and share experience;",
                    "material from the Zasobnik: descriptions of the organisational models, "
                    "a guide to equipping a club and ready activity ideas.",
                ]),
                ("h2", "Information webinar, 27 January 2020"),
                ("p", (
                    "During the webinar the organisers will present the rules of "
                    "participation and answer librarians' questions. It is worth coming "
                    "prepared: think about which of the six models suits your library, what "
                    "room you have and whom nearby you could work with."
                )),
                ("callout", {
                    "tone": "tip",
                    "title": "Before you fill in the application",
                    "text": (
                        "Read the pilot clubs' profiles and the guide to equipping a club. "
                        "There is no required set of equipment: what matters is the room's "
                        "size, location, accessibility and neighbours."
                    ),
                }),
            ],
        },
    },
    {
        "key": "lumen-online-workshops-2021",
        "slug": {
            "pl": "lumen-warsztaty-online-o-energii",
            "ro": "lumen-ateliere-online-despre-energie",
            "en": "lumen-online-energy-workshops",
        },
        "date": "2021-12-20",
        "tags": {
            "pl": ["Learning Qub", "LUMEN", "STEAM", "energia", "online"],
            "ro": ["Learning Qub", "LUMEN", "STEAM", "energie", "online"],
            "en": ["Learning Qub", "LUMEN", "STEAM", "energy", "online"],
        },
        "sample": True,
        "pl": {
            "title": "LUMEN: licealiści badali energię na warsztatach online",
            "lead": (
                "Od października do grudnia 2021 r. około 60 licealistów pracowało z "
                "zestawami edukacyjnymi LUMEN podczas warsztatów online o energii."
            ),
            "body": [
                ("p", (
                    "Zestawy LUMEN przygotowano we współpracy ze Scientifica, przy wsparciu "
                    "Instytutu Francuskiego. Warsztaty odbywały się online przez trzy "
                    "miesiące, od października do grudnia 2021 r."
                )),
                ("h2", "Tematy warsztatów"),
                ("ul", [
                    "przemiany energii: skąd się bierze i w jakie formy przechodzi,",
                    "energia wiatru i energia słoneczna,",
                    "domy efektywne energetycznie.",
                ]),
                ("p", (
                    "Format online rozwija modele pracy zdalnej, które zespół Learning Qub "
                    "zaczął testować w 2020 r., po wybuchu pandemii. Dzięki nim uczniowie "
                    "mogą eksperymentować także wtedy, gdy spotkanie w jednej sali jest "
                    "trudne do zorganizowania."
                )),
                ("callout", {
                    "tone": "tip",
                    "title": "Pomysł na lekcję",
                    "text": (
                        "Tematy LUMEN łatwo połączyć z fizyką, geografią i techniką. Można "
                        "na przykład poprosić uczniów, by porównali dwa pomieszczenia w "
                        "szkole i zaproponowali, jak ograniczyć w nich straty ciepła."
                    ),
                }),
            ],
        },
        "ro": {
            "title": "LUMEN: liceenii au explorat energia în ateliere online",
            "lead": (
                "Între octombrie și decembrie 2021, aproximativ 60 de liceeni au lucrat cu "
                "kiturile educaționale LUMEN în ateliere online despre energie."
            ),
            "body": [
                ("p", (
                    "Kiturile LUMEN au fost create în colaborare cu Scientifica, cu sprijinul "
                    "Institutului Francez. Atelierele s-au desfășurat online timp de trei "
                    "luni, din octombrie până în decembrie 2021."
                )),
                ("h2", "Temele atelierelor"),
                ("ul", [
                    "transformările energiei: de unde vine și în ce forme trece;",
                    "energia eoliană și energia solară;",
                    "locuințele eficiente energetic.",
                ]),
                ("p", (
                    "Formatul online continuă modelele de lucru la distanță pe care echipa "
                    "Learning Qub a început să le testeze în 2020, după debutul pandemiei. "
                    "Datorită lor, elevii pot experimenta chiar și atunci când o întâlnire în "
                    "aceeași sală este greu de organizat."
                )),
                ("callout", {
                    "tone": "tip",
                    "title": "O idee pentru oră",
                    "text": (
                        "Temele LUMEN se leagă ușor de fizică, geografie și educație "
                        "tehnologică. De exemplu, elevii pot compara două săli din școală și "
                        "pot propune soluții pentru a reduce pierderile de căldură."
                    ),
                }),
            ],
        },
        "en": {
            "title": "LUMEN: high-school pupils explore energy in online workshops",
            "lead": (
                "From October to December 2021 about 60 high-school pupils worked with the "
                "LUMEN educational kits in online workshops on energy."
            ),
            "body": [
                ("p", (
                    "The LUMEN kits were developed with Scientifica and supported by the "
                    "French Institute. The workshops ran online for three months, from "
                    "October to December 2021."
                )),
                ("h2", "Workshop topics"),
                ("ul", [
                    "energy transformations: where energy comes from and what forms it takes;",
                    "wind and solar power;",
                    "energy-efficient homes.",
                ]),
                ("p", (
                    "The online format builds on the remote models that the Learning Qub team "
                    "began testing in 2020, after the pandemic started. They let pupils "
                    "experiment even when meeting in one room is hard to arrange."
                )),
                ("callout", {
                    "tone": "tip",
                    "title": "A lesson idea",
                    "text": (
                        "The LUMEN topics link easily with physics, geography and design and "
                        "technology. For example, pupils can compare two rooms in their "
                        "school and suggest ways to cut heat loss."
                    ),
                }),
            ],
        },
    },
    {
        "key": "cluj-schools-network-launch-2022",
        "slug": {
            "pl": "siec-szkol-z-kluzu-startuje",
            "ro": "lansarea-retelei-scolilor-din-cluj",
            "en": "cluj-schools-network-launches",
        },
        "date": "2022-10-03",
        "tags": {
            "pl": ["Learning Qub", "sieć szkół", "STEAM", "Kluż"],
            "ro": ["Learning Qub", "rețeaua școlilor", "STEAM", "Cluj"],
            "en": ["Learning Qub", "school network", "STEAM", "Cluj"],
        },
        "sample": True,
        "pl": {
            "title": "Sieć Szkół z Klużu startuje oficjalnie",
            "lead": (
                "W 2022 r. Centrul Cultural Clujean formalnie uruchomił Rețeaua Școlilor din "
                "Cluj. Sieć poszerza tematykę z edukacji kulturalnej na STEAM i chce objąć "
                "co najmniej 35 szkół."
            ),
            "body": [
                ("p", (
                    "Start sieci to kolejny etap programu Learning Qub, finansowanego przez "
                    "Fondation Botnar. Prace zaczęły się w 2018 r. w 10 szkołach z "
                    "Klużu-Napoki, gdzie testowano rezydencje artystyczne, zajęcia "
                    "pozalekcyjne oraz szkolenia dla nauczycieli i dyrekcji. Od 2020 r. "
                    "zespół rozwijał też modele edukacji i współpracy online."
                )),
                ("h2", "Co się zmienia"),
                ("ul", [
                    "<strong>Tematyka:</strong> z edukacji kulturalnej na całe spektrum STEAM.",
                    "<strong>Skala:</strong> z 10 do co najmniej 35 szkół, a w kolejnym "
                    "etapie cały okręg Kluż.",
                    "<strong>Partnerzy:</strong> instytucje kultury, organizacje społeczne, "
                    "uczelnie i firmy pracujące razem ze szkołami.",
                    "<strong>Miejsce spotkań:</strong> powstające centrum Qub, z salami do "
                    "warsztatów, wystaw i spotkań.",
                ]),
                ("h2", "Dlaczego właśnie teraz"),
                ("p", (
                    "W Klużu-Napoce działają 53 szkoły podstawowe i średnie, do których "
                    "chodzi 27 000 uczniów. Badanie LEAP z 2020 r. wykazało, że szkoły "
                    "pilnie potrzebują partnerów spoza systemu oświaty, by wprowadzać "
                    "metody oparte na współpracy i dać uczniom większy wpływ na życie szkoły. "
                    "Sieć ma te partnerstwa ułatwiać i utrwalać."
                )),
            ],
        },
        "ro": {
            "title": "Rețeaua Școlilor din Cluj se lansează oficial",
            "lead": (
                "În 2022, Centrul Cultural Clujean a lansat formal Rețeaua Școlilor din "
                "Cluj. Rețeaua își extinde temele de la educația culturală la STEAM și "
                "țintește cel puțin 35 de școli."
            ),
            "body": [
                ("p", (
                    "Lansarea rețelei este o nouă etapă a programului Learning Qub, finanțat "
                    "de Fundația Botnar. Totul a început în 2018, în 10 școli din "
                    "Cluj-Napoca, unde au fost testate rezidențe artistice, activități "
                    "extracurriculare și formare pentru profesori și directori. Din 2020, "
                    "echipa a dezvoltat și modele de educație și colaborare online."
                )),
                ("h2", "Ce se schimbă"),
                ("ul", [
                    "<strong>Tematica:</strong> de la educația culturală la întreaga paletă "
                    "STEAM.",
                    "<strong>Amploarea:</strong> de la 10 la cel puțin 35 de școli, iar în "
                    "etapa următoare întregul județ Cluj.",
                    "<strong>Partenerii:</strong> organizații culturale, societatea civilă, "
                    "universități și firme care lucrează alături de școli.",
                    "<strong>Locul de întâlnire:</strong> viitorul centru Qub, cu spații "
                    "pentru ateliere, expoziții și întâlniri.",
                ]),
                ("h2", "De ce acum"),
                ("p", (
                    "În Cluj-Napoca funcționează 53 de școli primare și secundare, cu 27.000 "
                    "de elevi. Studiul LEAP din 2020 a arătat că școlile au nevoie urgentă de "
                    "parteneri din afara sistemului de educație, pentru a adopta practici "
                    "colaborative și pentru a le da elevilor mai multă influență asupra "
                    "vieții școlii. Rețeaua are rolul de a facilita și de a consolida aceste "
                    "parteneriate."
                )),
            ],
        },
        "en": {
            "title": "The Cluj Schools Network launches formally",
            "lead": (
                "In 2022 the Centrul Cultural Clujean formally launched Rețeaua Școlilor din "
                "Cluj, the Cluj Schools Network. It widens its themes from cultural "
                "education to STEAM and aims to include at least 35 schools."
            ),
            "body": [
                ("p", (
                    "The launch is the next stage of the Learning Qub programme, funded by "
                    "Fondation Botnar. Work began in 2018 in 10 schools in Cluj-Napoca, "
                    "which tested artist residencies, extracurricular activities and "
                    "training for teachers and school managers. From 2020 the team also "
                    "developed online models of education and collaboration."
                )),
                ("h2", "What changes"),
                ("ul", [
                    "<strong>Themes:</strong> from cultural education to the full range of STEAM.",
                    "<strong>Scale:</strong> from 10 to at least 35 schools, and in the next "
                    "stage the whole of Cluj county.",
                    "<strong>Partners:</strong> cultural organisations, civil society, "
                    "universities and businesses working alongside schools.",
                    "<strong>A meeting place:</strong> the Qub centre, under preparation, "
                    "with rooms for workshops, exhibitions and meetings.",
                ]),
                ("h2", "Why now"),
                ("p", (
                    "Cluj-Napoca has 53 primary and secondary schools with 27,000 pupils. The "
                    "2020 LEAP study found that schools urgently need partners from outside "
                    "the education system to adopt collaborative practices and give pupils "
                    "more say in school life. The network is there to make such partnerships "
                    "easier and to make them last."
                )),
            ],
        },
    },
    {
        "key": "qub-opens-2023",
        "slug": {
            "pl": "centrum-qub-otwarte",
            "ro": "centrul-qub-si-a-deschis-portile",
            "en": "the-qub-opens",
        },
        "date": "2023-02-27",
        "tags": {
            "pl": ["Learning Qub", "Qub", "STEAM", "Kluż"],
            "ro": ["Learning Qub", "Qub", "STEAM", "Cluj"],
            "en": ["Learning Qub", "Qub", "STEAM", "Cluj"],
        },
        "sample": True,
        "pl": {
            "title": "Centrum Qub otwarte: miejsce nauki i sztuki dla szkół z Klużu",
            "lead": (
                "W lutym 2023 r. w Klużu otwarto Qub, centrum nauki i sztuki programu "
                "Learning Qub. Spotykają się tu szkoły z sieci, ich partnerzy i mieszkańcy."
            ),
            "body": [
                ("p", (
                    "Qub ma być miejscem spotkań placówek z Sieci Szkół z Klużu, instytucji "
                    "kultury, uczelni, organizacji społecznych i firm, a także szerokiej "
                    "publiczności. Wśród partnerów programu są m.in. Inspektorat Szkolny "
                    "Okręgu Kluż, urząd miasta i klaster edukacyjny C-EDU. Otwarcie "
                    "planowano na 2022 r., a ostatecznie drzwi otworzyły się w lutym 2023 r."
                )),
                ("h2", "Jedna sala, wiele zastosowań"),
                ("p", (
                    "Przestrzeń urządzono w latach 2022–2023 za około 100 000 euro. Ruchome "
                    "stoły i krzesła oraz gniazdka w suficie pozwalają szybko zmienić układ "
                    "sali: mieści ona warsztaty dla maksymalnie 35 osób albo konferencję dla "
                    "najwyżej 60 uczestników."
                )),
                ("h2", "Co oferuje centrum"),
                ("p", (
                    "Fondation Botnar przyznała na centrum edukacji STEAM 775 000 euro. "
                    "Grant obejmuje cztery obszary działania:"
                )),
                ("ul", [
                    "klub STEAM dla uczniów,",
                    "interaktywne wystawy,",
                    "fizyczną i cyfrową bibliotekę materiałów,",
                    "szkolenia dla nauczycieli.",
                ]),
                ("callout", {
                    "tone": "info",
                    "title": "Przestrzenie Qub w portalu",
                    "text": (
                        "Każda przestrzeń Qub ma w portalu swój profil z pojemnością i listą "
                        "sprzętu. Szkoły i partnerzy z sieci mogą przez formularz poprosić o "
                        "udostępnienie sali na warsztaty, wystawę lub spotkanie."
                    ),
                }),
            ],
        },
        "ro": {
            "title": "Centrul Qub și-a deschis porțile: un loc pentru știință și artă",
            "lead": (
                "În februarie 2023 s-a deschis la Cluj The Qub, centrul pentru știință și "
                "artă al programului Learning Qub. Aici se întâlnesc școlile din rețea, "
                "partenerii lor și publicul larg."
            ),
            "body": [
                ("p", (
                    "The Qub este gândit ca loc de întâlnire pentru școlile din Rețeaua "
                    "Școlilor din Cluj, organizațiile culturale, universități, societatea "
                    "civilă și firme, dar și pentru publicul larg. Printre partenerii "
                    "programului se numără Inspectoratul Școlar Județean Cluj, Primăria și "
                    "clusterul educațional C-EDU. Deschiderea fusese planificată pentru 2022, "
                    "iar centrul și-a primit primii vizitatori în februarie 2023."
                )),
                ("h2", "O sală, multe întrebuințări"),
                ("p", (
                    "Spațiul a fost amenajat în 2022–2023, cu aproximativ 100.000 de euro. "
                    "Mesele și scaunele mobile și prizele din tavan permit schimbarea rapidă "
                    "a configurației: sala găzduiește ateliere de până la 35 de persoane sau "
                    "conferințe de până la 60 de participanți."
                )),
                ("h2", "Ce oferă centrul"),
                ("p", (
                    "Fundația Botnar a acordat 775.000 de euro pentru centrul de educație "
                    "STEAM. Finanțarea acoperă patru direcții de lucru:"
                )),
                ("ul", [
                    "un club STEAM pentru elevi;",
                    "expoziții interactive;",
                    "o bibliotecă de resurse fizică și digitală;",
                    "formare pentru profesori.",
                ]),
                ("callout", {
                    "tone": "info",
                    "title": "Spațiile Qub în portal",
                    "text": (
                        "Fiecare spațiu al centrului Qub are în portal un profil cu "
                        "capacitatea și lista de echipamente. Școlile și partenerii din rețea "
                        "pot cere printr-un formular folosirea sălii pentru un atelier, o "
                        "expoziție sau o întâlnire."
                    ),
                }),
            ],
        },
        "en": {
            "title": "The Qub opens: a place for science and art for Cluj's schools",
            "lead": (
                "In February 2023 the Qub, the Learning Qub programme's centre for science "
                "and art, opened in Cluj. It is where the network's schools, their partners "
                "and the public meet."
            ),
            "body": [
                ("p", (
                    "The Qub is meant as a meeting place for the schools of the Cluj Schools "
                    "Network, cultural organisations, universities, civil society and "
                    "businesses, and for the wider public. The programme's partners include "
                    "the Cluj County School Inspectorate, the City Hall and the C-EDU "
                    "education cluster. The opening had been planned for 2022; the doors "
                    "finally opened in February 2023."
                )),
                ("h2", "One room, many uses"),
                ("p", (
                    "The space was fitted out in 2022–2023 for about €100,000. Movable tables "
                    "and chairs and power sockets in the ceiling make it quick to rearrange: "
                    "the room takes workshops for up to 35 people or conferences for up to 60."
                )),
                ("h2", "What the centre offers"),
                ("p", (
                    "Fondation Botnar granted €775,000 for the STEAM education centre. The "
                    "grant covers four strands of work:"
                )),
                ("ul", [
                    "a STEAM club for pupils;",
                    "interactive exhibitions;",
                    "a physical and digital resource library;",
                    "teacher training.",
                ]),
                ("callout", {
                    "tone": "info",
                    "title": "The Qub's spaces on the portal",
                    "text": (
                        "Each of the Qub's spaces has a profile on the portal with its "
                        "capacity and equipment list. Schools and partners in the network "
                        "can use a form to ask for a room for a workshop, an exhibition or a "
                        "meeting."
                    ),
                }),
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# 5. Contact page and its form
# ---------------------------------------------------------------------------
# Dropdown choices are comma-separated, so no choice may contain a comma. The topics
# match the ones the accessibility statement and the privacy notice tell people to pick.

CONTACT = {
    "pl": {
        "title": "Kontakt",
        "intro": (
            "<p>Masz pytanie o zasób lub inspirację, chcesz opowiedzieć o swoim klubie albo "
            "coś na portalu jest dla Ciebie niedostępne? Napisz do nas przez ten formularz. "
            "Odpowiemy na adres e-mail, który podasz.</p>"
        ),
        "thank_you": (
            "<p><strong>Dziękujemy, wiadomość dotarła.</strong> Odpowiemy na podany adres "
            "e-mail. Zgłoszenia problemów z dostępnością realizujemy najpóźniej w ciągu "
            "7 dni, a jeśli to niemożliwe, podajemy nowy termin.</p>"
        ),
        "fields": [
            {
                "label": "Imię i nazwisko",
                "field_type": "singleline",
                "required": True,
                "choices": "",
                "help_text": "Możesz też podać nazwę biblioteki lub szkoły.",
            },
            {
                "label": "Adres e-mail",
                "field_type": "email",
                "required": True,
                "choices": "",
                "help_text": "Na ten adres wyślemy odpowiedź.",
            },
            {
                "label": "Temat",
                "field_type": "dropdown",
                "required": True,
                "choices": "Pytanie o zasób, Kluby, Sieć szkół, Problem z dostępnością, Inne",
                "help_text": "Temat pomaga przekazać wiadomość właściwej osobie.",
            },
            {
                "label": "Wiadomość",
                "field_type": "multiline",
                "required": True,
                "choices": "",
                "help_text": "Jeśli piszesz o konkretnej stronie, wklej jej adres.",
            },
            {
                "label": (
                    "Zgadzam się na przetwarzanie moich danych w celu odpowiedzi na "
                    "wiadomość, zgodnie z informacją o prywatności"
                ),
                "field_type": "checkbox",
                "required": True,
                "choices": "",
                "help_text": "Zgodę możesz wycofać w każdej chwili.",
            },
        ],
    },
    "ro": {
        "title": "Contact",
        "intro": (
            "<p>Aveți o întrebare despre o resursă sau o activitate, vreți să ne povestiți "
            "despre clubul dumneavoastră sau ați întâlnit o problemă de accesibilitate? "
            "Scrieți-ne prin acest formular. Vă răspundem la adresa de e-mail pe care o "
            "indicați.</p>"
        ),
        "thank_you": (
            "<p><strong>Vă mulțumim, mesajul a ajuns la noi.</strong> Vă răspundem la adresa "
            "de e-mail indicată. Problemele de accesibilitate semnalate le tratăm cu "
            "prioritate și vă ținem la curent cu soluția.</p>"
        ),
        "fields": [
            {
                "label": "Nume și prenume",
                "field_type": "singleline",
                "required": True,
                "choices": "",
                "help_text": "Puteți scrie și numele bibliotecii sau al școlii.",
            },
            {
                "label": "Adresa de e-mail",
                "field_type": "email",
                "required": True,
                "choices": "",
                "help_text": "Vă trimitem răspunsul la această adresă.",
            },
            {
                "label": "Subiect",
                "field_type": "dropdown",
                "required": True,
                "choices": (
                    "O întrebare despre o resursă, Cluburi, Rețeaua de școli, "
                    "O problemă de accesibilitate, Altceva"
                ),
                "help_text": "Subiectul ne ajută să trimitem mesajul persoanei potrivite.",
            },
            {
                "label": "Mesaj",
                "field_type": "multiline",
                "required": True,
                "choices": "",
                "help_text": "Dacă scrieți despre o anumită pagină, copiați aici adresa ei.",
            },
            {
                "label": (
                    "Sunt de acord cu prelucrarea datelor mele pentru a primi un răspuns, "
                    "conform informării privind confidențialitatea"
                ),
                "field_type": "checkbox",
                "required": True,
                "choices": "",
                "help_text": "Vă puteți retrage oricând consimțământul.",
            },
        ],
    },
    "en": {
        "title": "Contact",
        "intro": (
            "<p>Do you have a question about a resource or an activity, would you like to "
            "tell us about your club, or have you run into an accessibility problem? "
            "Write to us with this form. We will reply to the e-mail address you give.</p>"
        ),
        "thank_you": (
            "<p><strong>Thank you, your message has reached us.</strong> We will reply to "
            "the e-mail address you gave. Accessibility problems are dealt with first, "
            "and we will keep you informed of the solution.</p>"
        ),
        "fields": [
            {
                "label": "Your name",
                "field_type": "singleline",
                "required": True,
                "choices": "",
                "help_text": "You can also give the name of your library or school.",
            },
            {
                "label": "E-mail address",
                "field_type": "email",
                "required": True,
                "choices": "",
                "help_text": "We will send our reply to this address.",
            },
            {
                "label": "Topic",
                "field_type": "dropdown",
                "required": True,
                "choices": (
                    "A question about a resource, Clubs, School network, "
                    "Accessibility problem, Other"
                ),
                "help_text": "The topic helps us pass your message to the right person.",
            },
            {
                "label": "Message",
                "field_type": "multiline",
                "required": True,
                "choices": "",
                "help_text": "If you are writing about a particular page, paste its address.",
            },
            {
                "label": (
                    "I agree to the processing of my data so that you can answer my "
                    "message, as described in the privacy notice"
                ),
                "field_type": "checkbox",
                "required": True,
                "choices": "",
                "help_text": "You can withdraw your consent at any time.",
            },
        ],
    },
}

# ---------------------------------------------------------------------------
# 6. Alt texts for the generated illustrations
# ---------------------------------------------------------------------------
# The demo images are generated geometric pictures, so the alt texts say so.

IMAGE_CAPTIONS = {
    "workshop": {
        "pl": "Ilustracja: kolorowe prostokąty i koła ułożone jak narzędzia na stole warsztatowym",
        "ro": "Ilustrație: dreptunghiuri și cercuri colorate, așezate ca niște unelte pe o masă de lucru",
        "en": "Illustration: coloured rectangles and circles arranged like tools on a workbench",
    },
    "robots": {
        "pl": "Ilustracja: zaokrąglone kształty z małymi kołami przywodzące na myśl roboty edukacyjne",
        "ro": "Ilustrație: forme rotunjite cu roți mici care amintesc de roboți educaționali",
        "en": "Illustration: rounded shapes on small wheels suggesting educational robots",
    },
    "printer3d": {
        "pl": "Ilustracja: kolorowe figury tworzące zarys drukarki 3D i warstwowego wydruku",
        "ro": "Ilustrație: forme colorate care schițează o imprimantă 3D și un obiect tipărit în straturi",
        "en": "Illustration: coloured shapes suggesting a 3D printer and a layered print",
    },
    "library": {
        "pl": "Ilustracja: pionowe prostokąty w różnych kolorach przypominające grzbiety książek na regale",
        "ro": "Ilustrație: dreptunghiuri verticale în culori diferite, ca niște cotoare de cărți pe un raft",
        "en": "Illustration: upright rectangles in different colours, like book spines on a shelf",
    },
    "qub-space": {
        "pl": "Ilustracja: jasne prostokąty i koła sugerujące salę z ruchomymi stołami i krzesłami",
        "ro": "Ilustrație: dreptunghiuri și cercuri deschise la culoare care sugerează o sală cu mese și scaune mobile",
        "en": "Illustration: light rectangles and circles suggesting a room with movable tables and chairs",
    },
    "school": {
        "pl": "Ilustracja: geometryczne kształty tworzące zarys budynku szkoły z rzędami okien",
        "ro": "Ilustrație: forme geometrice care schițează clădirea unei școli cu șiruri de ferestre",
        "en": "Illustration: geometric shapes outlining a school building with rows of windows",
    },
    "makers": {
        "pl": "Ilustracja: nakładające się kolorowe koła i trójkąty sugerujące ludzi pracujących razem",
        "ro": "Ilustrație: cercuri și triunghiuri colorate suprapuse care sugerează oameni lucrând împreună",
        "en": "Illustration: overlapping coloured circles and triangles suggesting people working together",
    },
    "map": {
        "pl": "Ilustracja: siatka linii z kolorowymi punktami, przypominająca mapę z zaznaczonymi miejscami",
        "ro": "Ilustrație: o rețea de linii cu puncte colorate, ca o hartă cu locuri marcate",
        "en": "Illustration: a grid of lines with coloured dots, like a map with places marked",
    },
}
