"""Naming people in Moroccan administrative Arabic: «السيد X، رئيس …», groups, the commune."""

from __future__ import annotations

from openreport.compose.wording.ar_ma.grammar import honorific, join_and
from openreport.model import Gender, Person


def person_name(person: Person) -> str:
    """«السيد محمد علي حبوها»; an unnamed person is named by their office alone."""
    if person.name.strip():
        return f"{honorific(person.gender)} {person.name.strip()}"
    return person.title.strip() or person.organisation.strip()


def person_with_title(person: Person) -> str:
    """«السيد عبد الوهاب الجابري، عامل بوزارة الداخلية …»."""
    name = person_name(person)
    title = person.title.strip()
    if person.name.strip() and title:
        return f"{name}، {title}"
    return name


def people_with_titles(people: list[Person]) -> str:
    """«السيد أ، رئيس …، والسيدة ب، …»: the people who are not empty, joined with و."""
    return join_and([person_with_title(p) for p in people if not p.is_empty()])


def title_then_name(person: Person) -> str:
    """«رئيس جماعة شفشاون السيد محمد السفياني»: the office first, as a mandate is written."""
    title = person.title.strip()
    if title and person.name.strip():
        return f"{title} {person_name(person)}"
    return person_name(person)


def group_gender(people: list[Person]) -> Gender:
    """The gender a verb takes for a group: feminine only when all are women."""
    if people and all(p.gender is Gender.FEMALE for p in people):
        return Gender.FEMALE
    return Gender.MALE


def commune(name: str, *, otherwise: str = "الجماعة") -> str:
    """«جماعة شفشاون»; ``otherwise`` when the profile has no commune name."""
    return f"جماعة {name}" if name else otherwise


def with_possessive(noun: str, suffix: str) -> str:
    """A noun with an attached pronoun: «ميسرة» + «ها» is «ميسرتها»."""
    return noun[:-1] + "ت" + suffix if noun.endswith("ة") else noun + suffix
