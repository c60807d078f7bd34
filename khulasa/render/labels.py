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
