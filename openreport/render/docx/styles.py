"""The style names the exporter writes with: the contract of tools/make_template.py."""

from openreport.compose.document import Style

DEFAULT_FONT = "Traditional Arabic"

STYLE_NAMES = {
    Style.BODY: "Normal",
    Style.TITLE: "Title",
    Style.SUBTITLE: "Subtitle",
    Style.HEADING1: "Heading 1",
    Style.HEADING2: "Heading 2",
    Style.HEADING3: "Heading 3",
    Style.PLACE_DATE: "OR Place Date",
    Style.NOTE: "OR Note",
}
LIST = "List Paragraph"
LETTERHEAD = "OR Letterhead"
SIGNATURE = "OR Signature"
TABLE_TEXT = "OR Table Text"
HEADER = "Header"
FOOTER = "Footer"
TABLE_STYLE = "OR Table"

# Styles whose size follows the profile: body size, heading size or title size.
BODY_SIZED = ("Normal", LIST, "OR Note", "OR Place Date", SIGNATURE)
HEADING_SIZED = ("Heading 1", "Heading 2", "Heading 3", "Subtitle")
TITLE_SIZED = ("Title",)

ALL_PARAGRAPH_STYLES = (
    *STYLE_NAMES.values(),
    LIST,
    LETTERHEAD,
    SIGNATURE,
    TABLE_TEXT,
    HEADER,
    FOOTER,
)
