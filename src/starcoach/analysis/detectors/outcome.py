"""What lasted and how it ended: effects beyond the fix, follow-through, and the trade-off weighed."""

from __future__ import annotations

from starcoach.analysis.passage import Passage, finding, quote, quoted_finding
from starcoach.analysis.report import Finding
from starcoach.analysis.text import Phrases

# Effects beyond the fix: others reuse it, it becomes a standard, a process changes.
BEYOND = Phrases(
    r"(?:adopted|reused|copied|picked up|used|taken up|forked|rolled out|run|applied|extended) (?:by|across|in|to|for) (?:\w+ )?"
    r"(?:other|another|several|multiple|three|two|four|five|six|eleven|\d+|all|every|the whole|the wider|more|neighbou?ring|sister|"
    r"new|each)",
    r"(?:other|another|several|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) (?:\w+ )?"
    r"(?:teams|services|orgs|organi[sz]ations|groups|squads|products|projects|engineers|people) (?:now |have |started |also |then |later )*"
    r"(?:use|used|using|adopted|reuse|reused|copied|took|followed|rely|asked|picked|run|ran)",
    r"(?:\w+ )?(?:adopted|copied|borrowed|standardi[sz]ed on) (?:it|the same|this|that|our|my|the (?:approach|pattern|template|"
    r"library|tool|check|process|script|design|format|patch|fix|change|rule|rules|config|module|practice|tooling|dashboard|"
    r"runbook|checklist|guide|linter|workflow))",
    r"as (?:the|their|our|a) (?:new )?(?:default|standard|template|baseline)",
    r"became (?:the|a|an|our|part of (?:the|our)) (?:\w+ )?(?:standard|default|template|baseline|norm|practice|pattern|"
    r"checklist|policy|process|requirement|playbook|case study|reference)",
    r"(?:team|org|company|department|engineering)[\s-]wide",
    r"(?:added|wrote|turned|put|built) (?:it |this |that |an? [\w\s-]{1,40}? )?(?:in)?to (?:the|our|every|each) (?:\w+ ){0,2}"
    r"(?:runbook|checklist|onboarding|template|playbook|wiki|launch review|style guide|guidelines|design review|pipeline|"
    r"process|ci|definition|form|review|standards?|linter|policy)",
    r"(?:changed|updated|fixed|rewrote|amended) (?:the|our|how we|the way we) (?:\w+ )?(?:process|checklist|template|"
    r"review|policy|launch process|release process|on-?call|runbook|playbook|intake)",
    r"(?:is|was|became|are|'s|it'?s) now (?:required|mandatory|part of|the default|standard|used|on (?:our|the|every)|in (?:our|the|every))",
    r"now (?:uses?|relies|rely|runs?|requires?|part of|on (?:our|the|every)|in (?:our|every)|the (?:default|standard|required)|"
    r"turn|check|review|ask|follow|apply|include)",
    r"we now (?:require|always|have a)",
    r"(?:made|make) it (?:a|the) (?:standard|default|requirement|policy|rule)",
    r"(?:presented|demoed|shared|taught|wrote up) (?:it |this |the [a-z]+ |what i [a-z]+ )?(?:at|with|to|for) (?:the|an?|our|other) "
    r"(?:org|all[\s-]hands|guild|tech talk|brown bag|engineering|wider|other teams|company|principal|lunch|teams)",
    r"(?:other|more) (?:engineers|people|teams) (?:started|began|have) ",
    r"knock[\s-]on effect",
    r"ripple",
    r"(?:still|now) (?:in use|used|running|runs|going|in place)",
    r"(?:that'?s|which is|it'?s) still (?:running|in use|used|going|in place)",
    r"(?:mentored|trained|taught|coached|onboarded) (?:\w+ )?(?:others|engineers|people|new hires|the team|two|three|four|\d+)",
    r"(?:set up|started|introduced|created|established|instituted) (?:a |an )?(?:shared |monthly |weekly |regular |recurring |quarterly )"
    r"(?:review|forum|meeting|sync|rota|rotation|process|check|guild)",
    r"the required (?:path|step|way)",
    r"(?:required|mandatory|the default) for (?:any|every|all|new)",
    r"(?:has been|have been|was) (?:run|used|reused|adopted|followed) by",
    r"(?:since|later) (?:reused|adopted|copied)",
    r"(?:\w+ )?(?:colleagues|engineers|teammates|people|teams|analysts) (?:have |had )?(?:already )?(?:used|reused|adopted|followed|"
    r"picked up|copied) it",
    r"(?:it|she|he|they) now (?:rotates|walks|owns|includes|covers|checks|alerts|gates|runs|leads|trains|reviews)",
    r"(?:retired|switched off|turned off|decommissioned|removed|deleted) (?:the|their|our) (?:\w+ )?(?:macro|workaround|script|bus|cron|"
    r"manual (?:step|process|check)|spreadsheet|runbook step)",
    r"(?:wrote|published|shared) (?:a |an )?(?:short |two-page |one-page )?"
    r"(?:page|guide|doc|wiki page|write-?up|explainer|playbook|how-?to) (?:on|for|about|how|that)",
    r"(?:blocked|caught|prevented) (?:\w+ )?(?:more|further|later|other|another|\d+|two|three)",
)
# Carried it to the end.
FOLLOWTHROUGH = Phrases(
    r"(?:i|it|the fix|the change|the feature|the patch|the new [a-z]+|which|that) (?:then |finally |also )?(?:shipped|launched|released|"
    r"rolled (?:it |this |the [a-z]+ )?out|deployed|delivered|landed|completed|finished|closed out|migrated|cut over|went live|"
    r"merged|decommissioned|retired|turned off|went out|went back out|was live|got merged)",
    r"rolled (?:it|this|that|the [a-z]+(?: [a-z]+)?) out",
    r"(?:went|go|goes) (?:live|out)",
    r"in production",
    r"(?:i )?(?:followed|follow) up (?:on|with|by|after|a|the)",
    r"closed the loop",
    r"saw (?:it|this|the [a-z]+) through",
    r"(?:coordinated|drove|ran|managed|owned|led) the (?:rollout|launch|migration|cutover|release|roll-out)",
    r"(?:checked|circled|came|went) back (?:a|two|three|after|on|in|to check)",
    r"(?:a|two|three|one|several|few|couple of) "
    r"(?:days|weeks|months) later,? (?:i|we)",
    r"(?:wrote|published|ran|led) the (?:post[\s-]?mortem|retro|retrospective|coe|"
    r"correction of error)",
    r"(?:on|ahead of|before) (?:the )?(?:schedule|deadline|date)",
    r"on time",
    r"by the (?:deadline|end of the (?:quarter|sprint|month))",
    r"(?:after|once) (?:the |it |that )?(?:release|launch|rollout|"
    r"merged|shipped|landed|went live|was live|deploy|deployment)",
    r"as promised",
    r"(?:all|every one of the|each of the) \d* ?(?:services|teams|customers|clients|tables|jobs|"
    r"repos|sites|flows) (?:were|was|had been)? ?(?:migrated|moved|done|converted|updated|onboarded|on)",
    r"(?:until it was done|to completion)",
    r"i (?:then|later|afterwards) (?:looked|checked|went|pulled|counted)",
)
# Weighing one option against another.
TRADEOFF = Phrases(
    r"trade[\s-]?offs?",
    r"(?:instead of|rather than|as opposed to) (?:a |an |the )?(?:full|complete|bigger|[a-z]+ing|[a-z]+)",
    r"at the (?:cost|expense|price) of",
    r"(?:gave|give|giving) up",
    r"the (?:downside|catch|cost|risk|price) (?:was|being|is)",
    r"(?:i|we) (?:accepted|traded|sacrificed|deprioriti[sz]ed|deferred|cut|dropped|punted|parked) ",
    r"(?:weighed|weighing|compared|comparing) (?:the |two |three |both |a few )?(?:options|approaches|alternatives|choices|risks|costs)",
    r"the alternative (?:was|would have been)",
    r"(?:option|approach|plan) (?:a|b|one|two)\b",
    r"\bversus\b|\bvs\.?\b",
    r"pros and cons",
    r"(?:cheaper|faster|simpler|safer) but",
    r"(?:two|one)[\s-]way door",
    r"reversible",
    r"which meant (?:we|i) (?:couldn'?t|could not|lost|had to give|wouldn'?t)",
    r"(?:scope|scoped) (?:it )?down",
    r"cut scope",
    r"(?:i|we) chose [a-z ]{1,30} (?:over|because)",
    r"(?:short|long)[\s-]term (?:fix|cost|pain|gain|win)",
)


def second_order_effect(p: Passage) -> Finding | None:
    return quoted_finding(p, BEYOND, "second_order_effect", "major", "The effect reached beyond the fix: {quote}.")


def followthrough(p: Passage) -> Finding | None:
    matches = p.find(FOLLOWTHROUGH)
    if not matches:
        return None
    return finding(
        "followthrough",
        "major" if len(matches) > 1 else "minor",
        f"You carried it to the end: {quote(matches[0].group())}.",
        p.cite(matches, 3),
    )


def tradeoff(p: Passage) -> Finding | None:
    return quoted_finding(p, TRADEOFF, "tradeoff", "major", "You weigh an option against another: {quote}.")
