"""Deterministic review-shaped test data for the benchmarks (not a test fixture).

Texts mix English, Arabic, Greek and Urdu the way a small business's inbox does: a Zipf
vocabulary per language (real review words at the top, a long tail of made-up but
plausible words below), Arabic words with and without the article and other clitics,
occasional harakat and hamza variants, Greek with and without tonos, some code-mixing,
punctuation and emoji. Everything comes from one random.Random(seed).
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any

from repman.domain import Assessment, Item, ItemKind, criticism_from_rating, priority_score

# -- vocabulary --------------------------------------------------------------------------------
# Most frequent first. Real words, so queries can be written by hand.
EN_CORE = """
the and was i a to food it great service very we of for is good place not but in with
delicious they staff my were friendly this our had delivery order time back will amazing
best restaurant definitely so are be again nice cold slow rude waited minutes price prices
expensive fresh tasty pizza burger coffee chicken salad dessert table waiter manager never
recommend highly excellent terrible awful horrible love loved clean dirty atmosphere portion
portions small huge value money worth experience disappointed delightful delivered late wrong
missing refund hot spicy menu options vegan parking music loud quiet kids family birthday
dinner lunch breakfast brunch drinks wine beer cocktails fries steak pasta soup bread cheese
sauce rice fish lamb kebab shawarma falafel hummus cake tea juice owner cashier driver app
phone called ordered arrived hour hours long wait busy empty cozy lovely perfect okay average
overpriced bland salty greasy undercooked burnt stale soggy crispy juicy tender flavour flavor
authentic generous polite helpful attentive ignored unprofessional charged bill tip receipt
reservation booked seated outside inside view location friendly-staff delicacy delicatessen
deli delight deliver deliveries delivering
"""
AR_CORE = """
في من جدا الطعام الخدمة المطعم لذيذ ممتاز على و لا كان سيء التوصيل الموظفين رائع بطيء
بارد السعر غالي مع طعام خدمة أنصح انصح شكرا المكان جميل نظيف سريع الأكل أكل الطلب متأخر
وقت طويل الانتظار سيئة ممتازة لذيذة الطاولة القهوة الشاي الحلويات البيتزا الدجاج اللحم
الرز السلطة تجربة مرة أخرى اخرى لن أعود سوف نعود العاملين محترمين غير مهذب الموظف النادل
الفاتورة الأسعار مرتفعة مناسبة الجودة عالية ضعيفة المشروبات الموقع مزدحم هادئ الأطفال
العائلة الجو والطعام والخدمة بالمطعم للمطعم فالطعام والتوصيل الشاورما الفلافل الحمص
الكنافة المشاوي وجبة الوجبة كمية الكمية قليلة كبيرة الطلبات ساعة دقيقة تأخر التأخير
المدير الكاشير السائق التطبيق اتصلت طلبت وصل وصلت حار مالح محروق طازج الطازج باردة
الخدمه الطعامُ لَذِيذٌ الطَّعَامُ مُمتاز إدارة ادارة الإدارة الادارة أفضل افضل الأفضل مستوى
المستوى للأسف للاسف ولكن لكن بس يعطيكم العافية الله
"""
EL_CORE = """
το και πολύ φαγητό ήταν νόστιμο η εξυπηρέτηση καλό καλή με δεν για στο προσωπικό ευγενικό
τιμές λογικές ακριβό κρύο αργή παράδοση υπέροχο εξαιρετικό μέρος θα ξαναέρθουμε σίγουρα
φρέσκο σαλάτα σουβλάκι μουσακάς καφές γλυκό τραπέζι σερβιτόρος αγενής απαράδεκτο χάλια άψογο
ατμόσφαιρα θέα μερίδες μεγάλες μικρές αναμονή ώρα λίγο αλλά όμως καθαρό βρώμικο συστήνω
ευχαριστούμε παραγγελία ντελίβερι ποιότητα κρασί ψάρι κρέας τυρί γύρος πίτα χωριάτικη
τζατζίκι μπίρα ποτά τιμή λεπτά περιμέναμε άργησε ήρθε λάθος έλειπε ζεστό αλμυρό καμένο
νοστιμότατο νοστιμιά υπέροχη εξαιρετική ευγενικοί φιλικοί εξυπηρετικοί ιδιοκτήτης
διανομέας εφαρμογή τηλέφωνο κράτηση θέση έξω μέσα μουσική δυνατή ήσυχο παιδιά οικογένεια
"""
UR_CORE = """
بہت اچھا کھانا ہے تھا اور مزیدار سروس نہیں کی کا میں خراب عملہ قیمت زیادہ ٹھنڈا ڈیلیوری
دیر سے شکریہ بہترین ذائقہ گرم تازہ بریانی چائے آرڈر وقت لگا دوبارہ آئیں گے ماحول صاف گندا
مہنگا سستا جگہ اچھی بری ویٹر بدتمیز انتظار گھنٹہ منٹ کباب نہاری حلیم روٹی نان کڑاہی
مالک ڈرائیور ایپ فون غلط کم مقدار بڑی چھوٹی پسند آیا ناپسند مایوس زبردست لاجواب
"""
EMOJI = ["😋", "👍", "👎", "😡", "❤️", "⭐", "🔥", "😞", "🙏", "😂"]


def _w(words: str) -> list[str]:
    return words.split()


_SYL = {
    "en": (
        _w("b br c ch d dr f fl g gr h j k l m n p pl qu r s sh sl st t th tr v w z"),
        _w("a e i o u ai ea ee oo ou y"),
        _w("n r l s t nd ck mp ng st x ll ss ve"),
    ),
    "el": (
        _w("β γ δ ζ θ κ λ μ ν ξ π ρ σ τ φ χ ψ μπ ντ γκ στ"),
        _w("α ε η ι ο υ ω ου αι ει"),
        _w("σ ν σ σ σ"),
    ),
}
_AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_UR_LETTERS = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھیے"
_TONOS = str.maketrans("αεηιουω", "άέήίόύώ")
_NO_TONOS = str.maketrans("άέήίόύώΐΰ", "αεηιουωιυ")
_ARABIC_CLITICS = ["ال", "ال", "ال", "وال", "بال", "لل", "و", "ف"]

LANG_WEIGHTS = {"en": 0.40, "ar": 0.30, "el": 0.20, "ur": 0.10}
TAIL = 30_000  # made-up words per language below the real ones


def _tail_word(lang: str, rng: random.Random) -> str:
    if lang in _SYL:
        onset, vowel, coda = _SYL[lang]
        parts = []
        for _ in range(rng.choice((1, 2, 2, 2, 3))):
            parts.append(rng.choice(onset) + rng.choice(vowel))
        word = "".join(parts) + (rng.choice(coda) if rng.random() < 0.6 else "")
        if lang == "el":
            if not word.endswith(("σ", "ν")) and rng.random() < 0.5:
                word += "σ"
            # one accented vowel, as in real Greek words of two syllables or more
            vowels = [i for i, ch in enumerate(word) if ch in "αεηιουω"]
            if vowels:
                i = rng.choice(vowels)
                word = word[:i] + word[i].translate(_TONOS) + word[i + 1 :]
            if word.endswith("σ"):
                word = word[:-1] + "ς"
        return word
    letters = _AR_LETTERS if lang == "ar" else _UR_LETTERS
    word = "".join(rng.choice(letters) for _ in range(rng.randint(3, 6)))
    if lang == "ar" and rng.random() < 0.35:
        word = rng.choice(_ARABIC_CLITICS) + word
    return word


@dataclass
class Vocabulary:
    words: list[str]
    cum: list[float]


def _vocabulary(lang: str, rng: random.Random) -> Vocabulary:
    core = {"en": EN_CORE, "ar": AR_CORE, "el": EL_CORE, "ur": UR_CORE}[lang].split()
    seen = set(core)
    words = list(core)
    while len(words) < len(core) + TAIL:
        w = _tail_word(lang, rng)
        if w not in seen:
            seen.add(w)
            words.append(w)
    # Zipf: the real words above cover about two thirds of the running text.
    weights = [1.0 / (rank + 2.7) ** 1.15 for rank in range(len(words))]
    return Vocabulary(words, list(accumulate(weights)))


FIRST = {
    "en": "James Mary John Patricia Robert Jennifer Michael Linda David Sarah Emma Olivia Noah",
    "ar": "محمد أحمد فاطمة علي عمر خالد سارة نورة يوسف مريم عبدالله ليلى حسن",
    "el": "Γιώργος Μαρία Νίκος Ελένη Κώστας Αικατερίνη Δημήτρης Σοφία Γιάννης Άννα",
    "ur": "علی عائشہ حسن زینب بلال فاطمہ عمران سعدیہ کامران ثناء",
}
LAST = {
    "en": "Smith Johnson Brown Taylor Wilson Davies Evans Thomas Walker Wright Green Hall",
    "ar": "العلي الحسن السيد المصري الخطيب الشمري القحطاني العتيبي حداد منصور",
    "el": "Παπαδόπουλος Γεωργίου Οικονόμου Νικολάου Δημητρίου Ιωάννου Κωνσταντίνου",
    "ur": "خان احمد قریشی ملک چوہدری بٹ شیخ رضوی",
}


class Corpus:
    """Items for one seed. items(start, n) always yields the same items for the same ids."""

    def __init__(self, seed: int = 42) -> None:
        self.seed = seed
        rng = random.Random(seed)
        self.vocab = {lang: _vocabulary(lang, rng) for lang in LANG_WEIGHTS}
        self.langs = list(LANG_WEIGHTS)
        self.lang_cum = list(accumulate(LANG_WEIGHTS.values()))
        self.authors: dict[str, list[str]] = {}
        for lang in self.langs:
            first, last = FIRST[lang].split(), LAST[lang].split()
            self.authors[lang] = [f"{f} {la}" for f in first for la in last]
        self.start = datetime(2023, 1, 1, tzinfo=UTC)

    def words(self, lang: str, n: int, rng: random.Random) -> list[str]:
        v = self.vocab[lang]
        return rng.choices(v.words, cum_weights=v.cum, k=n)

    def _text(self, lang: str, target: int, rng: random.Random) -> str:
        out: list[str] = []
        size = 0
        sentence_start = True
        while size < target:
            chunk = self.words(lang, 6, rng)
            if rng.random() < 0.06:  # code-mixing: an English word or two in other scripts
                chunk[rng.randrange(6)] = self.words("en", 1, rng)[0]
            for w in chunk:
                if lang == "el":
                    r = rng.random()
                    if r < 0.12:
                        w = w.translate(_NO_TONOS)  # typed without accents
                    elif r < 0.14:
                        w = w.upper().translate(_NO_TONOS)
                elif lang == "ar" and rng.random() < 0.03:
                    w = w + "ً"  # tanween / stray harakat
                if sentence_start and lang == "en":
                    w = w.capitalize()
                sentence_start = False
                out.append(w)
                size += len(w) + 1
                r = rng.random()
                if r < 0.08:
                    mark = "؟" if lang in ("ar", "ur") else "?"
                    out[-1] += rng.choice((".", "!", ".", ",", mark))
                    sentence_start = True
                elif r < 0.09:
                    out.append(rng.choice(EMOJI))
                if size >= target:
                    break
        return " ".join(out)

    def item(self, k: int, rng: random.Random, span_days: int = 1000, n: int = 1) -> Item:
        lang = rng.choices(self.langs, cum_weights=self.lang_cum)[0]
        target = int(40 * (10 ** rng.random()))  # log-uniform 40..400 characters
        text = self._text(lang, target, rng)[:400]
        r = rng.random()
        kind = ItemKind.REVIEW if r < 0.8 else ItemKind.COMMENT if r < 0.95 else ItemKind.MENTION
        rating = None
        title = None
        if kind is ItemKind.REVIEW:
            rating = rng.choices((1, 2, 3, 4, 5), weights=(17, 8, 10, 20, 45))[0]
            if rng.random() < 0.3:
                title = " ".join(self.words(lang, rng.randint(2, 5), rng))
        # Arrival order roughly follows creation time, with a few days of jitter.
        seconds = (k / max(n, 1)) * span_days * 86400 + rng.uniform(-3, 3) * 86400
        created = self.start + timedelta(seconds=int(seconds))
        author_pool = self.authors[lang]
        author = rng.choice(author_pool) if rng.random() < 0.9 else f"user{rng.randrange(10**6)}"
        ext = f"r{k:08d}"
        return Item(
            external_id=ext,
            kind=kind,
            text=text,
            created_at=created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            author_name=author,
            author_id=f"a{rng.randrange(10**7)}",
            rating=rating,
            title=title,
            language=lang,
            url=f"https://reviews.example/{ext}",
            raw={"id": ext, "stars": rating, "lang": lang},
        )

    def items(self, start: int, count: int, total: int) -> Iterator[Item]:
        """Items start..start+count-1 of a data set of total items (rng per 1000-block)."""
        block = 1000
        k = start
        end = start + count
        while k < end:
            b = k // block
            rng = random.Random(self.seed * 1_000_003 + b)
            # skip to k within its block (deterministic regardless of the start)
            first = b * block
            for j in range(first, min(first + block, end)):
                it = self.item(j, rng, n=total)
                if j >= k:
                    yield it
            k = min(first + block, end)


def assess(item: Item) -> Assessment:
    """Triage stand-in: rating-based criticism, the connector's language (cheap, like
    repman.triage's first version; the store is what is measured)."""
    by_rating = criticism_from_rating(item.rating)
    if by_rating is None:
        return Assessment(language=item.language)
    return Assessment(
        language=item.language,
        is_criticism=by_rating.is_criticism,
        sentiment=by_rating.sentiment,
    )


def item_row(source_id: int, item_id: int, item: Item, fetched_at: str) -> tuple[Any, ...]:
    """The items row the store writes for a new item, with an explicit id."""
    verdict = assess(item)
    score = priority_score("new", verdict.is_criticism, item.rating, verdict.sentiment)
    raw = None if item.raw is None else json.dumps(item.raw, ensure_ascii=False)
    return (
        item_id,
        source_id,
        item.external_id,
        item.kind.value,
        item.author_name,
        item.author_id,
        item.rating,
        item.title,
        item.text,
        verdict.language or item.language,
        item.url,
        item.created_at,
        item.updated_at,
        fetched_at,
        raw,
        verdict.category,
        verdict.sentiment,
        int(verdict.is_criticism),
        score,
    )


ITEM_INSERT = (
    "INSERT INTO items (id, source_id, external_id, kind, author_name, author_id, rating, "
    "title, text, language, url, created_at, updated_at, fetched_at, raw, category, "
    "sentiment, is_criticism, priority) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
FTS_INSERT = "INSERT INTO items_fts (rowid, title, text, author) VALUES (?,?,?,?)"


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(kb / 1024 if sys.platform != "darwin" else kb / 2**20, 1)


class Timer:
    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start
