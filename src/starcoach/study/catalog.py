"""Browse the library: principles with their questions, and a search over questions."""

from __future__ import annotations

from pydantic import BaseModel

from starcoach.content import Library
from starcoach.content.models import Principle, Question


class NotFound(LookupError):
    """A slug names nothing in the library."""

    def __init__(self, kind: str, slug: str) -> None:
        self.kind = kind
        self.slug = slug
        super().__init__(f"no {kind} named '{slug}'")


class PrincipleRef(BaseModel):
    slug: str
    name: str


class QuestionItem(BaseModel):
    """A question as lists show it."""

    slug: str
    text: str
    principle: str
    principle_slug: str
    also_fits: list[str]
    walkthrough: bool


class PrincipleSummary(BaseModel):
    slug: str
    name: str
    description: str
    question_count: int
    walkthrough_count: int


class HomeView(BaseModel):
    principles: list[PrincipleSummary]
    query: str
    walkthroughs_only: bool
    results: list[QuestionItem] | None


class PrincipleView(BaseModel):
    principle: Principle
    questions: list[QuestionItem]
    other_questions: list[QuestionItem]


class QuestionView(BaseModel):
    question: QuestionItem
    principle: PrincipleRef
    also_fits: list[PrincipleRef]


def question_item(library: Library, question: Question) -> QuestionItem:
    return QuestionItem(
        slug=question.slug,
        text=question.text,
        principle=library.principles[question.principle].name,
        principle_slug=question.principle,
        also_fits=[library.principles[slug].name for slug in question.also_fits if slug in library.principles],
        walkthrough=question.slug in library.walkthroughs,
    )


def get_principle(library: Library, slug_or_name: str) -> Principle:
    """Return a principle by slug or name, or raise NotFound."""
    try:
        return library.principle(slug_or_name)
    except KeyError:
        raise NotFound("principle", slug_or_name) from None


def get_question(library: Library, slug: str) -> Question:
    """Return a question by slug, or raise NotFound."""
    question = library.questions.get(slug)
    if question is None:
        raise NotFound("question", slug)
    return question


def list_questions(
    library: Library, principle: str | None = None, query: str = "", walkthroughs_only: bool = False
) -> list[QuestionItem]:
    """Return the questions, optionally of one principle, matching every word of the query."""
    wanted = get_principle(library, principle).slug if principle else None
    words = query.lower().split()
    items = []
    for question in library.questions.values():
        if wanted and question.principle != wanted:
            continue
        if walkthroughs_only and question.slug not in library.walkthroughs:
            continue
        haystack = f"{question.text} {library.principles[question.principle].name}".lower()
        if all(word in haystack for word in words):
            items.append(question_item(library, question))
    return items


def home_view(library: Library, query: str = "", walkthroughs_only: bool = False) -> HomeView:
    """Build the home page: every principle with its counts, and search results when asked."""
    summaries = [
        PrincipleSummary(
            slug=p.slug,
            name=p.name,
            description=p.description,
            question_count=len(library.questions_for(p.slug)),
            walkthrough_count=sum(q.slug in library.walkthroughs for q in library.questions_for(p.slug)),
        )
        for p in library.principles.values()
    ]
    searching = bool(query.strip()) or walkthroughs_only
    results = list_questions(library, query=query, walkthroughs_only=walkthroughs_only) if searching else None
    return HomeView(principles=summaries, query=query, walkthroughs_only=walkthroughs_only, results=results)


def principle_view(library: Library, slug: str) -> PrincipleView:
    """Build a principle's page: its description, signals, and the questions that serve it."""
    principle = get_principle(library, slug)
    others = [q for q in library.questions.values() if principle.slug in q.also_fits]
    return PrincipleView(
        principle=principle,
        questions=[question_item(library, q) for q in library.questions_for(principle.slug)],
        other_questions=[question_item(library, q) for q in others],
    )


def question_view(library: Library, slug: str) -> QuestionView:
    """Build a question's page: the question and the preparation modes it offers."""
    question = get_question(library, slug)
    return QuestionView(
        question=question_item(library, question),
        principle=PrincipleRef(slug=question.principle, name=library.principles[question.principle].name),
        also_fits=[PrincipleRef(slug=s, name=library.principles[s].name) for s in question.also_fits],
    )
