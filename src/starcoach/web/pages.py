"""The HTML pages: each parses its input, builds one view, and renders it through a template."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response

from starcoach.levels import Level
from starcoach.study import catalog
from starcoach.study.walkthrough import answer_quiz, study_view
from starcoach.web.deps import library_of, store_of
from starcoach.web.templating import templates

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def home(request: Request, q: str = "", walkthroughs: bool = False) -> Response:
    view = catalog.home_view(library_of(request), query=q, walkthroughs_only=walkthroughs)
    return templates.TemplateResponse(request, "home.html", {"view": view})


@router.get("/principles/{slug}")
def principle(request: Request, slug: str) -> Response:
    view = catalog.principle_view(library_of(request), slug)
    return templates.TemplateResponse(request, "principle.html", {"view": view})


@router.get("/questions/{slug}")
def question(request: Request, slug: str) -> Response:
    view = catalog.question_view(library_of(request), slug)
    return templates.TemplateResponse(request, "question.html", {"view": view})


@router.get("/questions/{slug}/study")
def study(request: Request, slug: str, level: Level = "sde2") -> Response:
    view = study_view(library_of(request), slug, level)
    return templates.TemplateResponse(request, "study.html", {"view": view, "quiz_results": {}})


@router.post("/questions/{slug}/quiz/{index}")
def quiz(
    request: Request, slug: str, index: int, choice: Annotated[int, Form()], level: Annotated[Level, Form()] = "sde2"
) -> Response:
    result = answer_quiz(library_of(request), slug, index, choice)
    store_of(request).record_quiz_answer(slug, index, choice, result.correct)
    if request.headers.get("HX-Request"):
        return templates.TemplateResponse(request, "_quiz_result.html", {"result": result})
    view = study_view(library_of(request), slug, level)
    return templates.TemplateResponse(request, "study.html", {"view": view, "quiz_results": {index: result}})
