"""Naming people and the writer in Moroccan administrative Arabic: «السيد X، رئيس …», groups
(«ممثلو وزارة الداخلية»), and the body that writes the report («جماعة شفشاون», «المجلس»)."""

from __future__ import annotations

from dataclasses import dataclass

from openreport.compose.wording.ar_ma.grammar import Case, group_name, honorific, join_and, with_li
from openreport.model import BodyKind, CommuneProfile, Gender, Organisation, Person
from openreport.serialization import HONORIFICS


def person_honorific(person: Person) -> str:
    """The word said before the name: none for a group, «السيد/السيدة» by gender unless
    another was chosen («معالي»، «الدكتور»…), none when "" was chosen."""
    if person.group:
        return ""
    if person.honorific is None:
        return honorific(person.gender)
    return person.honorific.strip()


def _already_said(name: str, word: str) -> bool:
    """Whether the typed name starts with the honorific, or with any honorific at all."""
    return name == word or name.startswith(word + " ") or name.split(" ", 1)[0] in HONORIFICS


def person_name(person: Person, case: Case = Case.NOMINATIVE) -> str:
    """«السيد محمد علي حبوها»; an unnamed person is named by their office alone; a group by
    its name in ``case`` («بحضور ممثلي وزارة الداخلية»). An honorific is never said twice."""
    name = person.name.strip()
    if not name:
        office = person.title.strip() or person.organisation.strip()
        if person.group:
            return group_name(office, case)
        # an office held by one person takes the honorific: «السيد والي جهة الشرق»
        word = person_honorific(person) if person.title.strip() else ""
        return f"{word} {office}" if word and not _already_said(office, word) else office
    if person.group:
        return group_name(name, case)
    word = person_honorific(person)
    if not word or _already_said(name, word):
        return name
    return f"{word} {name}"


def _institution_said(institution: str, said: str) -> bool:
    """Whether the words already name the institution: all of it, or all but its first noun
    («عامل صاحب الجلالة على إقليم بركان» names «عمالة إقليم بركان»)."""
    rest = institution.split(" ", 1)[1] if " " in institution else institution
    return institution in said or rest in said


def person_with_title(person: Person, case: Case = Case.NOMINATIVE) -> str:
    """«السيد عبد الوهاب الجابري، عامل بوزارة الداخلية …»; the person's institution follows
    in brackets («(الوكالة الحضرية لتطوان)») unless the name or the function already says it."""
    name = person_name(person, case)
    title = person.title.strip()
    if person.name.strip() and title:
        name = f"{name}، {title}"
    return with_institution(person, name)


def with_institution(person: Person, said: str) -> str:
    """``said`` (the person named) followed by their institution in brackets when it does not
    already name it: «السيد حسن لعكيد (جماعة أيت ملول)»."""
    institution = person.organisation.strip()
    if institution and not _institution_said(institution, f"{said} {person.title}"):
        return f"{said} ({institution})"
    return said


def people_with_titles(people: list[Person], case: Case = Case.NOMINATIVE) -> str:
    """«السيد أ، رئيس …، والسيدة ب، …»: the people who are not empty, joined with و (after a
    comma when a function ends the one before: «…، نائب رئيس جماعة شفشاون، والسيدة …»)."""
    named = [person_with_title(p, case) for p in people if not p.is_empty()]
    if len(named) > 1 and any(p.title.strip() for p in people[:-1]):
        return "، و".join(["، ".join(named[:-1]), named[-1]])
    return join_and(named)


def title_then_name(person: Person, case: Case = Case.NOMINATIVE) -> str:
    """«رئيس جماعة شفشاون السيد محمد السفياني»: the office first, as a mandate is written."""
    title = person.title.strip()
    if title and person.name.strip():
        return with_institution(person, f"{title} {person_name(person)}")
    return with_institution(person, person_name(person, case))


def organisation_name(organisation: Organisation, case: Case = Case.NOMINATIVE) -> str:
    """An organisation as named: a body by its name, a person (a patron, an inviter) with an
    honorific like anyone: «معالي وزير الداخلية»، «السيد عامل الإقليم»."""
    if not organisation.person:
        return organisation.name.strip()
    as_person = Person(organisation.name, organisation.gender, honorific=organisation.honorific)
    return person_name(as_person, case)


def to_person(person: Person) -> str:
    """The person after the preposition لـ: «للسيدة أمال»، «لممثلي وزارة المالية»."""
    return with_li(person_name(person, Case.OBLIQUE))


def group_gender(people: list[Person]) -> Gender:
    """The gender a verb takes for a group: feminine only when all are women."""
    if people and all(p.gender is Gender.FEMALE for p in people):
        return Gender.FEMALE
    return Gender.MALE


def plural(people: list[Person]) -> bool:
    """Whether the people named are several: more than one row, or a row that is a group."""
    return len(people) > 1 or any(p.group for p in people)


def commune(name: str, *, otherwise: str = "الجماعة") -> str:
    """«جماعة شفشاون»; ``otherwise`` when the profile has no commune name."""
    return f"جماعة {name}" if name else otherwise


def with_possessive(noun: str, suffix: str) -> str:
    """A noun with an attached pronoun: «ميسرة» + «ها» is «ميسرتها»."""
    return noun[:-1] + "ت" + suffix if noun.endswith("ة") else noun + suffix


# Each kind of body: the noun that names it with the article, and its gender.
BODY_NOUNS: dict[BodyKind, tuple[str, Gender]] = {
    BodyKind.COMMUNE: ("الجماعة", Gender.FEMALE),
    BodyKind.ASSOCIATION_OF_COMMUNES: ("الجمعية", Gender.FEMALE),
    BodyKind.GROUP_OF_COMMUNES: ("المجموعة", Gender.FEMALE),
    BodyKind.PROVINCIAL_COUNCIL: ("المجلس", Gender.MALE),
    BodyKind.REGIONAL_COUNCIL: ("المجلس", Gender.MALE),
    BodyKind.ASSOCIATION: ("الجمعية", Gender.FEMALE),
}


@dataclass(frozen=True)
class Writer:
    """The body that writes the report, as the sentences name it."""

    name: str  # «جماعة شفشاون», «مجلس جهة الشرق»; "" when the profile gives none
    noun: str  # with the article: «الجماعة», «المجلس»
    gender: Gender

    @property
    def called(self) -> str:
        """Its name, or the noun when it has none: «جماعة شفشاون», «الجمعية»."""
        return self.name or self.noun

    def possessive(self, noun: str) -> str:
        """«مشاركة» + the writer: «مشاركتها» for a feminine body, «مشاركته» for a council."""
        return with_possessive(noun, "ها" if self.gender is Gender.FEMALE else "ه")

    def own(self) -> str:
        """«جماعة شفشاون», or «جماعتنا», «مجلسنا» when the body has no name."""
        return self.name or with_possessive(self.noun.removeprefix("ال"), "نا")


def writer(profile: CommuneProfile | Writer | str, body: BodyKind = BodyKind.COMMUNE) -> Writer:
    """The writer of a profile (or of a commune's name): a commune is «جماعة X», another body
    is named as typed in full and called «الجمعية», «المجلس» or «المجموعة»."""
    if isinstance(profile, Writer):
        return profile
    if isinstance(profile, CommuneProfile):
        name, body = profile.commune_name.strip(), profile.body
    else:
        name = profile.strip()
    noun, gender = BODY_NOUNS[body]
    if body is BodyKind.COMMUNE and name and not name.startswith(("جماعة ", "الجماعة ")):
        name = f"جماعة {name}"
    return Writer(name, noun, gender)
