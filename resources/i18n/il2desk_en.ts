<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n injection(s)</source>
        <translation>
            <numerusform>The %n injection</numerusform>
            <numerusform>The %n injections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given</source>
        <translation>
            <numerusform>%n given</numerusform>
            <numerusform>%n given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not given</source>
        <translation>
            <numerusform>%n not given</numerusform>
            <numerusform>%n not given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n not recorded</numerusform>
            <numerusform>%n not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>%n still to come</numerusform>
            <numerusform>%n still to come</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) in {path}. Open this file with your calendar program to add them. If you export again after a change, the events are updated, not doubled.</source>
        <translation>
            <numerusform>Saved %n event in {path}. Open this file with your calendar program to add them. If you export again after a change, the events are updated, not doubled.</numerusform>
            <numerusform>Saved %n events in {path}. Open this file with your calendar program to add them. If you export again after a change, the events are updated, not doubled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseWizard</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcePage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message numerus="yes">
        <source> site(s)</source>
        <translation>
            <numerusform> site</numerusform>
            <numerusform> sites</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthPage</name>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuppliesView</name>
    <message numerus="yes">
        <source>Your next course (starting {0}, %n injection(s) left)</source>
        <translation>
            <numerusform>Your next course (starting {0}, %n injection left)</numerusform>
            <numerusform>Your next course (starting {0}, %n injections left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A course of %n injection(s)</source>
        <translation>
            <numerusform>A course of %n injection</numerusform>
            <numerusform>A course of %n injections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>Injection {n} of {total} — {dose} each (%n done)</source>
        <translation>
            <numerusform>Injection {n} of {total} — {dose} each (%n done)</numerusform>
            <numerusform>Injection {n} of {total} — {dose} each (%n done)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VialChoicePage</name>
    <message numerus="yes">
        <source>%n dose(s) drawn</source>
        <translation>
            <numerusform>%n dose drawn</numerusform>
            <numerusform>%n doses drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message numerus="yes">
        <source>%n week(s) after your last course, which began on {date}.</source>
        <translation>
            <numerusform>%n week after your last course, which began on {date}.</numerusform>
            <numerusform>%n weeks after your last course, which began on {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n injection(s)</source>
        <translation>
            <numerusform>Your %n injection</numerusform>
            <numerusform>Your %n injections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message numerus="yes">
        <source>Please leave at least %n hour(s) between the morning and the evening injection.</source>
        <translation>
            <numerusform>Please leave at least %n hour between the morning and the evening injection.</numerusform>
            <numerusform>Please leave at least %n hours between the morning and the evening injection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injection(s)</source>
        <translation>
            <numerusform>%n injection</numerusform>
            <numerusform>%n injections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, one of your last %n site(s), so it rests for now</source>
        <translation>
            <numerusform>{when}, one of your last %n site, so it rests for now</numerusform>
            <numerusform>{when}, one of your last %n sites, so it rests for now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn %n day(s) after the last injection of the course that started on {start}.</source>
        <translation>
            <numerusform>Drawn %n day after the last injection of the course that started on {start}.</numerusform>
            <numerusform>Drawn %n days after the last injection of the course that started on {start}.</numerusform>
        </translation>
    </message>
</context>
</TS>
