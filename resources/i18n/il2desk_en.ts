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
</context>
</TS>
