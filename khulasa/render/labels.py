"""Arabic labels for the reports."""
MEASURES = {
    "killed": "القتلى",
    "wounded": "الجرحى",
    "displaced": "النازحون والمغادرون",
    "besieged": "المحاصرون",
    "population": "السكان",
    "territory_percent": "نسبة الأراضي",
    "aid": "المساعدات",
    "strikes": "الغارات والضربات",
    "other": "أخرى",
}
DIFFER = {None: "تتفق", "dates": "تختلف (تواريخ أو فترات مختلفة)", "conflict": "تتعارض", "undated": "تختلف (تواريخها غير معروفة)"}
OWN_VOICE = "المقالة نفسها"


def number(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{int(round(v)):,}" if abs(v - round(v)) < 1e-9 else f"{v:,.2f}".rstrip("0").rstrip(".")


def amount(v: float | None, unit: str) -> str:
    """A number for a reader: shares (خُمس = 0.2) as percentages."""
    if v is None:
        return "—"
    if unit == "fraction":
        return number(v * 100) + "%"
    return number(v) + ("%" if unit == "percent" else "")


def value_label(f) -> str:
    """A figure's value as stated: نحو 1,250، أكثر من 7,000، 12,000–16,000، 70%."""
    if f.low is not None and f.high is not None:
        text = f"{amount(f.low, 'count')}–{amount(f.high, f.unit)}" if f.unit != "count" else f"{number(f.low)}–{number(f.high)}"
    else:
        text = amount(f.value, f.unit)
    prefix = {"min": "أكثر من ", "max": "حتى "}.get(f.bound or "", "نحو " if f.approx else "")
    return prefix + text


def claim_span(c) -> str:
    return f"{amount(c.low, c.unit)} / {amount(c.best, c.unit)} / {amount(c.high, c.unit)}"
