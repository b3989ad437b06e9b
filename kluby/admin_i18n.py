"""Admin labels that follow each editor's admin language.

Wagtail 8.0 translates a few labels once, when its modules are imported (`gettext` where
`gettext_lazy` was meant), and so in the site's default language, LANGUAGE_CODE: every
chooser pop-up of an English admin said "Wybierz" and "Szukaj". These labels are replaced at
start-up with lazy translations of the same messages, which Wagtail's own catalogues
translate in the language of each request.
"""

from django.utils.translation import gettext_lazy

# The messages are Wagtail's (passed as variables, so that our catalogues do not repeat them).
CHOOSER_LABELS = {
    "choose_one_text": "Choose",
    "choose_another_text": "Choose another",
    "edit_item_text": "Edit",
    "search_tab_label": "Search",
    "create_action_label": "Create",
}
IMAGE_INSERTION_LABELS = {"format": "Format", "image_is_decorative": "Image is decorative", "alt_text": "Alt text"}
WORKFLOW_COMMENT_LABELS = {"comment": "Comment"}


def make_import_time_labels_lazy():
    from wagtail.admin.viewsets.chooser import ChooserViewSet
    from wagtail.forms import TaskStateCommentForm
    from wagtail.images.forms import ImageInsertionForm

    # Chooser pop-ups of snippets, images and documents, and the widgets that open them.
    for attribute, message in CHOOSER_LABELS.items():
        setattr(ChooserViewSet, attribute, gettext_lazy(message))
    # The options of an image inserted into rich text, and a moderator's comment.
    for form_class, labels in ((ImageInsertionForm, IMAGE_INSERTION_LABELS), (TaskStateCommentForm, WORKFLOW_COMMENT_LABELS)):
        for field_name, message in labels.items():
            form_class.base_fields[field_name].label = gettext_lazy(message)
