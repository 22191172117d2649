"""Schema version 9: a lab result's rule R16 reason is stored as a code and its values
(issue 18 §2), never as an English sentence.

`unreliable_reason` (a sentence) becomes `unreliable_code` ('' reliable,
'during_course', 'after_course', 'text') and `unreliable_params`, a JSON object of
typed values: {"start": "YYYY-MM-DD"} for a draw during a course, {"start": …,
"days": N} for one within 4 weeks after it. Sentences the earlier versions wrote are
converted here, the one place the old English is read; one that matches neither form
is kept, word for word, as {"text": …} (code 'text') and still shown.

The previous versions wrote exactly these two forms (the date as "%d %B %Y"):
  "Drawn during the course that started on 05 March 2026: the counts are changed by
   it, so this result is kept but left out of the trend and the suggestions."
  "Drawn 3 days after the last injection of the course that started on 05 March 2026.
   Within 4 weeks after a course the counts are still changed by it, so this result is
   kept but left out of the trend and the suggestions."  ("1 day" for one day)

SQLite cannot drop a column everywhere this runs, so the table is rebuilt.
"""

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DURING_HEAD = "Drawn during the course that started on "
_DURING_TAIL = (": the counts are changed by it, so this result is kept but left out of "
                "the trend and the suggestions.")
_AFTER_MIDDLE = " after the last injection of the course that started on "
_AFTER_TAIL = (". Within 4 weeks after a course the counts are still changed by it, so "
               "this result is kept but left out of the trend and the suggestions.")


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# The month number of a month name `name` (NULL when it is none).
_MONTH_NUMBER = ("CASE {name} "
                 + " ".join(f"WHEN '{m}' THEN {n}" for n, m in enumerate(_MONTHS, 1))
                 + " END")

# Step 1: which form, the date's text and the days' text.
_FORMS = f"""
    SELECT l.*,
        CASE WHEN l.unreliable_reason GLOB {_quoted(_DURING_HEAD + "*" + _DURING_TAIL)}
             THEN 'during_course'
             WHEN l.unreliable_reason GLOB {_quoted("Drawn * day*" + _AFTER_MIDDLE + "*"
                                                    + _AFTER_TAIL)}
             THEN 'after_course' ELSE '' END AS form,
        CASE WHEN l.unreliable_reason GLOB {_quoted(_DURING_HEAD + "*" + _DURING_TAIL)}
             THEN substr(l.unreliable_reason, {len(_DURING_HEAD) + 1},
                         length(l.unreliable_reason) - {len(_DURING_HEAD) + len(_DURING_TAIL)})
             ELSE substr(l.unreliable_reason,
                         instr(l.unreliable_reason, {_quoted(_AFTER_MIDDLE)})
                             + {len(_AFTER_MIDDLE)},
                         length(l.unreliable_reason) - {len(_AFTER_TAIL)}
                             - instr(l.unreliable_reason, {_quoted(_AFTER_MIDDLE)})
                             - {len(_AFTER_MIDDLE) - 1})
             END AS start_text,
        substr(l.unreliable_reason, 7, instr(l.unreliable_reason, ' day') - 7) AS days_text,
        substr(l.unreliable_reason, instr(l.unreliable_reason, ' day'),
               instr(l.unreliable_reason, {_quoted(_AFTER_MIDDLE)})
                   - instr(l.unreliable_reason, ' day')) AS day_word
    FROM lab_results l
"""

# Step 2: the date "05 March 2026" as ISO (checked below: a real day, in that form).
_DATES = f"""
    SELECT f.*,
        printf('%04d-%02d-%02d', substr(f.start_text, -4),
               {_MONTH_NUMBER.format(name="substr(f.start_text, 4, length(f.start_text) - 8)")},
               substr(f.start_text, 1, 2)) AS start_iso,
        f.start_text GLOB '[0-3][0-9] *[a-z] [0-9][0-9][0-9][0-9]'
            AND {_MONTH_NUMBER.format(name="substr(f.start_text, 4, length(f.start_text) - 8)")}
                IS NOT NULL AS start_ok
    FROM ({_FORMS}) f
"""

# Step 3: the code, or the old sentence kept as it is. A real day: date() alone keeps
# "2026-02-31", a modifier makes it "2026-03-03".
_REAL_DAY = "d.start_ok AND date(d.start_iso, '+0 days') = d.start_iso"
_CONVERTED = f"""
    SELECT d.*,
        CASE WHEN d.form = 'during_course' AND {_REAL_DAY}
             THEN 'during_course'
             WHEN d.form = 'after_course' AND {_REAL_DAY}
                  AND d.days_text GLOB '[1-9]*' AND NOT d.days_text GLOB '*[^0-9]*'
                  AND d.day_word = CASE WHEN d.days_text = '1' THEN ' day' ELSE ' days' END
             THEN 'after_course'
             WHEN d.unreliable_reason = '' THEN ''
             ELSE 'text' END AS code
    FROM ({_DATES}) d
"""

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE lab_results_v9 (
        id                INTEGER PRIMARY KEY,
        drawn_date        TEXT NOT NULL,
        cd4_count         INTEGER,
        cd4_percent       TEXT,
        viral_load_form   TEXT NOT NULL DEFAULT 'none'
                          CHECK (viral_load_form IN ('none', 'value', 'undetectable', 'below')),
        viral_load        INTEGER,
        unreliable        INTEGER NOT NULL DEFAULT 0,
        unreliable_code   TEXT NOT NULL DEFAULT '',
        unreliable_params TEXT NOT NULL DEFAULT '{}',
        note              TEXT NOT NULL DEFAULT '',
        created_utc       TEXT NOT NULL
    )
    """,
    f"""
    INSERT INTO lab_results_v9 (id, drawn_date, cd4_count, cd4_percent, viral_load_form,
        viral_load, unreliable, unreliable_code, unreliable_params, note, created_utc)
    SELECT c.id, c.drawn_date, c.cd4_count, c.cd4_percent, c.viral_load_form,
        c.viral_load, c.unreliable, c.code,
        CASE c.code
            WHEN 'during_course' THEN json_object('start', c.start_iso)
            WHEN 'after_course'
                THEN json_object('start', c.start_iso, 'days', CAST(c.days_text AS INTEGER))
            WHEN 'text' THEN json_object('text', c.unreliable_reason)
            ELSE '{{}}' END,
        c.note, c.created_utc
    FROM ({_CONVERTED}) c
    """,
    "DROP TABLE lab_results",
    "ALTER TABLE lab_results_v9 RENAME TO lab_results",
    "CREATE INDEX labs_by_date ON lab_results (drawn_date)",
    "CREATE INDEX labs_by_date_id ON lab_results (drawn_date, id)",
)
