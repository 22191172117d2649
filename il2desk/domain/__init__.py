"""Pure domain core of il2desk: dose arithmetic, wall-clock times and the regimen.

Standard library only (no Qt, no sqlite), so every rule in the domain rules can be
tested on its own. Modules: `dose` (rules D1–D4), `timeplan` (rule T1) and `regimen`
(rules R1–R4, R7, R16).
"""
