"""The JSON API: the same view data the pages render, for scripts and other front ends."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from starcoach.levels import Level
from starcoach.study import catalog
from starcoach.study.walkthrough import QuizResult, StudyView, answer_quiz, study_view
from starcoach.web.deps import library_of, store_of
from starcoach.web.schemas import AnalyzeRequest, ReportOut

router = APIRouter(prefix="/api", tags=["content"])


class QuizAnswer(BaseModel):
    choice: int


@router.get("/principles", response_model=list[catalog.PrincipleSummary])
def principles(request: Request) -> list[catalog.PrincipleSummary]:
    """List the 16 principles with their question and walkthrough counts."""
    return catalog.home_view(library_of(request)).principles


@router.get("/principles/{slug}", response_model=catalog.PrincipleView)
def principle(request: Request, slug: str) -> catalog.PrincipleView:
    """Show one principle: description, signals, weights, and its questions."""
    return catalog.principle_view(library_of(request), slug)


@router.get("/questions", response_model=list[catalog.QuestionItem])
def questions(
    request: Request,
    principle: Annotated[str | None, Query(description="Slug or name of a principle.")] = None,
    q: Annotated[str, Query(description="Words every listed question must contain.")] = "",
    walkthroughs: Annotated[bool, Query(description="Only questions with a walkthrough.")] = False,
) -> list[catalog.QuestionItem]:
    """List questions, filtered by principle, words, or having a walkthrough."""
    return catalog.list_questions(library_of(request), principle=principle, query=q, walkthroughs_only=walkthroughs)


@router.get("/questions/{slug}", response_model=catalog.QuestionView)
def question(request: Request, slug: str) -> catalog.QuestionView:
    """Show one question and the principles it serves."""
    return catalog.question_view(library_of(request), slug)


@router.get("/questions/{slug}/study", response_model=StudyView)
def study(request: Request, slug: str, level: Level = "sde2") -> StudyView:
    """The walkthrough of a question prepared for a level, with highlights as segments."""
    return study_view(library_of(request), slug, level)


@router.post("/questions/{slug}/quiz/{index}", response_model=QuizResult)
def quiz(request: Request, slug: str, index: int, answer: QuizAnswer) -> QuizResult:
    """Judge one quiz answer, record it for progress, and return the right choice with its explanation."""
    result = answer_quiz(library_of(request), slug, index, answer.choice)
    store_of(request).record_quiz_answer(slug, index, answer.choice, result.correct)
    return result


@router.post("/analyze", response_model=ReportOut, response_model_exclude_none=True, tags=["analyzer"])
def analyze(body: AnalyzeRequest) -> dict[str, object]:
    """Judge an answer or one section of it: score, verdict, and findings with their evidence spans."""
    from starcoach.analysis import AnalysisError, TextTooLong
    from starcoach.analysis import analyze as run_analysis

    try:
        report = run_analysis(
            body.text,
            section=body.section,
            lp=body.principle,
            level=body.level,
            question=body.question,
            words_per_minute=body.words_per_minute,
        )
    except TextTooLong as error:
        raise HTTPException(413, str(error)) from None
    except AnalysisError as error:
        raise HTTPException(422, str(error)) from None
    return report.to_dict()
