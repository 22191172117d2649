<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>This file will hold health information. Keep it somewhere private and share it only with people you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il2desk backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written there ({reason}). Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il2desk backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your current record with the backup {name}? Your current record is kept as a backup first, so nothing is lost. il2desk will reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the side-effect diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il2desk cannot open your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il2desk will not write to this file, so nothing more can be lost. The file is {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Restoring it brings back everything saved up to then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore. Please keep the copy and ask someone you trust for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the course checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the course checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checklist as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer reported a problem, so the checklist may not have been printed. Check that the printer is on and has paper, then try again, or save the checklist as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is saved in {path}. It holds health information: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course could not be found. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings put the dose and the steps in each event. A calendar you share is not private: you can choose “discreet” in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings keep the events discreet: they say only “Medication”, with no dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar file holds health information: the dates and times of your treatment. {detail} Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events are saved in {path}. Open this file with your calendar program to add them. If you export again after a change, the events are updated, not doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reminders are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They came while il2desk was closed or the computer was asleep. Open il2desk to see each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s time zone changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer is now set to {system}, but your injection times are set in {home}.

Should the injection times follow the new time zone (the same clock times there), or stay at home time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow {system}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {home} time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your pre-treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the antihistamine and the ibuprofen your doctor advised. Your injection is at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ice pack on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the ice pack on the injection site for {minutes} minutes before your {time} injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection {number} of 10 (day {day} of 5) is due at {time}. Start the session when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood work is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next course starts on {date}. Have your blood taken for the CD4 count and viral load about now, two weeks before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your course starts tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next course starts tomorrow, {date}. Check that your medicine, syringes and ice packs are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder was due at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: this was due at {time} on {date}, while il2desk was closed or the computer was asleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED since {0}: do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable until {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About il2desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il2desk icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A companion for people who inject interleukin-2 at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not medical advice.&lt;/b&gt; il2desk only helps you keep to the plan your doctor gave you. Always follow your doctor&apos;s instructions. If il2desk and your doctor say different things, do what your doctor says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not medical advice. Always follow your doctor&apos;s instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il2desk is free software under the GNU General Public License, version 3 or later ({licence}). You may share and change it under those terms. It comes with no warranty. &lt;a href=&quot;{url}&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record is kept only on this computer, in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager answered. Your record is in this folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>il2desk is already open. Look for its window, or for its icon near the clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BloodWorkPage</name>
    <message>
        <source>Blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your doctor needs a blood test (CD4 count and viral load) two weeks before each course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day has already passed: please ask for the blood test as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My blood test is &amp;booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My blood test is booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseWizard</name>
    <message>
        <source>Change the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} per injection — {day} a day, {course} for the whole course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{morning} and {evening} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {date} (after {weeks} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}{booked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (still to book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You confirmed this is the dose your doctor prescribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To discuss with your doctor before starting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please go back and type the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;print the checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and e&amp;xport to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;hard to tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a past course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print chec&amp;klist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injections of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Plan a course…” to plan your next one, or “Record a past course…” for one you had before using il2desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dose} per injection, {zone}. {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;hard to tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (clocks went forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (first of the two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this course?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course from {start} will be kept in your history, marked cancelled. Its injections will no longer be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryEntryForm</name>
    <message>
        <source>1. &amp;What did you notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs marked with a warning sign mean: call your doctor now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. How strong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>●○○ M&amp;ild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>●●○ M&amp;oderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>●●● Se&amp;vere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 38.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for example took ibuprofen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. &amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign to call your doctor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose what you noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how strong it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the note under {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time is still to come. Please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryTableModel</name>
    <message>
        <source>not in a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the course of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {0} of the course of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign to call your doctor at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Side-effect diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note how you feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By course day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diary entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what you noticed above, how strong it was, and press Save. Entries are grouped by course day, so you can see whether the last days of a course are the hardest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst side effect you noted on each day of your latest courses. Side effects are usually worst on the last two or three days of a course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest course was hard to tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticking this lets il2desk show, on the Labs page, a lower dose you could discuss with your doctor. Nothing changes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course of {0} was &amp;hard to tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Changed: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved: {0}, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If medicine does not bring a fever over 38.9 °C (102 °F) down, call your doctor now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted: {0}. Press Undo to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DosePage</name>
    <message>
        <source>Your dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the dose your doctor prescribed for each injection, in million units. For example 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose per injection, in million units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose per injection (million units):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, this is the dose my doctor prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the unusual dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily and course totals show here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day: {day} (2 injections). Whole course: {course} (10 injections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this dose. If it is right, tick the box below to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>How much to draw up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The syringe in your hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The syringe in your &amp;hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dose: {0}. Strength of the mixed vial: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vial has just passed the time on its label. Do not draw from it: go back and mix a new vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw up {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mark gives {0} (difference from your dose of {1}: {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not draw from this vial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not draw with this syringe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the {0} instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <source>Call your doctor now if you have any of these:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabChart</name>
    <message>
        <source>Chart of CD4 count and viral load over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CD4 counts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} CD4 counts; latest {1} cells/µL on {2}; {3} marked unreliable and shown hollow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart appears when you add your first result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4 cells/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viral load copies/mL (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4 count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreliable (soon after a course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viral load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the lab&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabsView</name>
    <message>
        <source>Lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4 count over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date drawn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 450</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4 &amp;count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4 &amp;percent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undetectable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the lab&apos;s limit (&lt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Viral load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vi&amp;ral load number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies/mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4 count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viral load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts in trend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your CD4 count and viral load from each lab report. Blood work is due two weeks before each course; results drawn in the four weeks after a course are kept but marked, because the course still changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To discuss with your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are only suggestions. il2desk never changes your dose or your schedule by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cells/µL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the result drawn on {0}? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why marked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 12000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the note under {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, and marked {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LateRemindersDialog</name>
    <message>
        <source>Reminders shown late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These reminders came due while il2desk was closed or the computer was asleep, so they were shown later than planned. If you missed a dose or a pre-treatment, note it in your diary and tell your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reminder so far was shown on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport diary and labs for your doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders shown &amp;late…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About il2desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checklist of the selected or next course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a course first: there is no course to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the injection times as a file for your calendar program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a course first: there is nothing to put in a calendar yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il2desk keeps running here so it can remind you. To stop it, choose Quit in this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep il2desk running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are planned. If il2desk is closed, they can only be shown late, the next time you open it.

Keep il2desk running, minimised?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close il2desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastCourseDialog</name>
    <message>
        <source>Record a past course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a course you had before using il2desk. It is kept as done, so your history is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of that course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose per injection, in million units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose per injection (million units):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, this is the dose my doctor prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the unusual dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was &amp;hard to tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was hard to tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it &amp;went (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrecheckPage</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each question your answer is “yes” to. Nothing here stops you from planning; a “yes” is something to talk over with your doctor first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrefilledPage</name>
    <message>
        <source>Check the syringe&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your syringe comes ready filled. Before anything else, read the dose printed on its label and type it below. No sums are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose printed on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In million units, as printed on the syringe&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose on the label (million units):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dose for this injection: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Your syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does your medicine come?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pre-filled syringes, ready to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;vial that I mix and draw from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vial to mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Syringe I draw with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your choice and the kind of syringe are kept here. The strength of the mixed vial comes from its label or your pharmacist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vial to mix, drawn with a {syringe}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders shown &amp;late…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders shown late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more. Dismiss these to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>&amp;Start the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>&amp;Show il2desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit il2desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used once il2desk reopens its window. Reopen it now? Nothing you entered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>A &amp;separate ice-pack reminder before each injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminds you to put the ice pack on, the set minutes before the injection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting il2desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start il2desk when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So reminders come even if you forget to open il2desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: dose and steps in each event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet: only “Medication”, no dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;calendar events say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar you share with others is not private: choose discreet to leave the dose and health details out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes all the text in il2desk bigger or smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language il2desk speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityGrid</name>
    <message>
        <source>Worst side effect by course day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course of {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course yet: the grid fills in as you note how you feel during a course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard to tolerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharpsPage</name>
    <message>
        <source>Used syringe into the sharps container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the injection, put the used syringe, needle first, straight into the sharps container. Do not put the cap back on the needle, and never put a used syringe in the household rubbish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The used syringe is in the sharps &amp;container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The used syringe is in the sharps container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A syringe going needle first into a yellow sharps container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sharps container is full. Close its lid firmly and do not put anything more in it. Ask your pharmacist, clinic or local council where full containers go in your area: rules differ from place to place. Then start a new container, and mark it in Supplies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthPage</name>
    <message>
        <source>The strength after mixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the strength of the mixed medicine, in million units per mL, as the label or your pharmacist gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;label or my pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength from the label or pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I only &amp;know the vial amount and the diluent volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out the strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength (million units per mL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength in million units per mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vial amount (million units):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial amount in million units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diluent added (mL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diluent added in mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the worked-out strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable for, after &amp;mixing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hours the label or pharmacist says the mixed vial can be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses in this &amp;vial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many doses your pharmacist said this vial gives, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out: {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;checked the label and my pharmacist&apos;s instructions: they give no other strength, so use {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please compare the worked-out strength with the label first. If the label gives a strength, choose “From the label” and type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter how long the mixed vial can be kept, from its label or your pharmacist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check everything. Press “Save the course” to keep it, or “Back” to change something.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliesView</name>
    <message>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed vials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vials you mixed and have not thrown away. A vial past its time must not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mixed vials. Vials you mix in the preparation steps appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen vial as &amp;thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen vial as thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted for each injection: one syringe and two alcohol swabs when you mix from a vial (one swab with pre-filled syringes), and two pre-treatment pills. Mixing a dose here takes one syringe and one swab off the count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Syringes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syringes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alcohol swabs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol swabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-treatment &amp;pills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-treatment pills (antihistamine and ibuprofen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharps container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Used syringes in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used syringes in the sharps container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;holds (0 if not known):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many syringes the sharps container holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I started a &amp;new, empty container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I started a new, empty sharps container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise preparing a syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the preparation steps without injecting. Nothing is saved and no supplies are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose for the practice run, million units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose (million units):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of syringe for the practice run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a p&amp;ractice run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a practice run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-treatment pills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next course (starting {0}, {1} injections left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course of {0} injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: you have {1}, it needs {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} would run out. {1}. Order more in good time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {0}: you have enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is full. Close its lid firmly and ask your pharmacist, clinic or local council where full containers go in your area: rules differ from place to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vial in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thrown away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the vial mixed {0} as thrown away? It leaves the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Support and supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what is already arranged. What you leave open stays on your Today page as a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s emergency &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyringePicture</name>
    <message>
        <source>Picture of the syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of an empty {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of a {0} filled to the {1}-unit mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of a {0} filled to the {1} mL mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill to {0} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill to {0} mL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyringePreparationWizard</name>
    <message>
        <source>Prepare your syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare your syringe (practice run: nothing is saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wash your hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wash your hands well with soap and warm water for at least 20 seconds, and dry them on a clean towel. Clear and wipe a table to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands being washed under a tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe the rubber stopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the cap off the vial if it still has one. Wipe the rubber stopper with a new alcohol swab and let it dry. Do not touch it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alcohol swab wiping the top of a vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the diluent slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw up the amount of diluent your pharmacist told you. Push the needle through the stopper and let the liquid run slowly down the inside wall of the vial, not straight onto the powder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A syringe adding liquid down the inside wall of a tilted vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swirl, do not shake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swirl the vial gently until the powder has dissolved. Do not shake it: shaking makes foam and can spoil the medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vial being swirled in circles; shaking is crossed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it is clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the vial up to the light. The liquid should be clear to slightly yellow, with no bits floating in it. If it is cloudy or has bits in it, do not use it: call your pharmacist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear vial held up to a light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The liquid is c&amp;lear, with nothing floating in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw up the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the plunger back to let air in up to your mark, push the needle through the stopper and push the air into the vial. Turn the vial upside down and pull the plunger slowly back to the mark shown before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upside-down vial with a syringe drawing liquid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove air bubbles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the needle still in the vial, tap the syringe so bubbles rise to the top, push them back into the vial, and draw again to your mark. Check the mark once more before taking the needle out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finger tapping a syringe so air bubbles rise to the needle end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;bubbles, and the syringe is filled to the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan your next course: the dose, the days and times, and what to have ready. It takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the injection session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the injection session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No injection coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every injection of this course is past. Record what was done in the Courses view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-treatment in {countdown}, for the {time} injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection in {countdown}, at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {time} injection was due {ago} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: antihistamine and ibuprofen at {pre}, injection at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection {n} of {total} — {dose} each ({done} done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course from {start} to {end} — {dose} each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test: due {date} (booked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test: it was due {date}. Please ask for it as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test: due {date}. Remember to book it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VialChoicePage</name>
    <message>
        <source>Which vial?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix a new vial, or draw from one you mixed before if it is still within the time on its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mix a new vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix a new vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use a vial I mixed before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a vial I mixed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vials mixed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this vial as &amp;thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this vial as thrown away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed {0} · {1} · {2} doses drawn · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vial is past the time on its label or the one your pharmacist gave. Do not draw from it: throw it away as your pharmacist told you, and mix a new vial.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VialTableModel</name>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We suggest a Wednesday. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning injection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Morning injection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening injection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evening injection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks from this course to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next course after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your 10 injections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list to see the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks go forward that night: {asked} does not exist, so this one is at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks go back that night: {time} happens twice; this is the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
