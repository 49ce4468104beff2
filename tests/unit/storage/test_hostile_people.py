"""Importing a report from elsewhere only adds people: what the user typed is never rewritten."""

from openreport.model import Gender, Person, Report
from openreport.storage.exchange import import_file, write_exchange_file


def with_people(*people):
    report = Report(title="تقرير")
    report.attendance = list(people)
    return report


def test_import_keeps_the_people_the_user_typed(tmp_path, library):
    mine = Person(
        name="فاطمة الزهراء", gender=Gender.FEMALE, title="رئيسة المجلس", organisation="جماعة بركان"
    )
    library.save(with_people(mine))
    theirs = Person(
        name="فاطمة الزهراء", gender=Gender.MALE, title="عضو", organisation="جماعة أخرى"
    )
    stranger = Person(name="يوسف", gender=Gender.MALE, title="مهندس", organisation="وكالة")
    source = tmp_path / "from-elsewhere.openreport"
    write_exchange_file([with_people(theirs, stranger)], source)
    [report_id] = import_file(library, source)
    people = {p.name: p for p in library.people()}
    assert (people["فاطمة الزهراء"].gender, people["فاطمة الزهراء"].title) == (
        "female",
        "رئيسة المجلس",
    )
    assert people["فاطمة الزهراء"].organisation == "جماعة بركان"
    assert (people["يوسف"].title, people["يوسف"].organisation) == ("مهندس", "وكالة")
    # The imported report itself keeps what its sender wrote, and is linked to both people.
    assert library.load(report_id).attendance == [theirs, stranger]
    linked = library.conn.execute(
        "SELECT count(*) FROM report_people WHERE report_id = ?", (report_id,)
    ).fetchone()[0]
    assert linked == 2


def test_saving_in_the_editor_still_updates_the_directory(library):
    library.save(with_people(Person(name="يوسف", title="مهندس")))
    library.save(with_people(Person(name="يوسف", title="رئيس المصلحة")))
    assert library.people()[0].title == "رئيس المصلحة"
