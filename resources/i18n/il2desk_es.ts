<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>This file will hold health information. Keep it somewhere private and share it only with people you choose.</source>
        <translation>Este archivo contendrá información de salud. Guárdalo en un lugar privado y compártelo solo con las personas que tú elijas.</translation>
    </message>
    <message>
        <source>Back up your record</source>
        <translation>Hacer una copia de seguridad de tus datos</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>il2desk backups (*.sqlite3)</source>
        <translation>Copias de seguridad de il2desk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup not saved</source>
        <translation>La copia no se guardó</translation>
    </message>
    <message>
        <source>The backup could not be written there ({reason}). Please choose another folder.</source>
        <translation>No se pudo guardar la copia ahí ({reason}). Elige otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>Backup saved</source>
        <translation>Copia guardada</translation>
    </message>
    <message>
        <source>Your record was saved to {path}.</source>
        <translation>Tus datos se guardaron en {path}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Recuperar una copia de seguridad</translation>
    </message>
    <message>
        <source>il2desk backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad de il2desk (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>No se puede recuperar este archivo</translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} No se cambió nada.</translation>
    </message>
    <message>
        <source>Replace your current record with the backup {name}? Your current record is kept as a backup first, so nothing is lost. il2desk will reopen.</source>
        <translation>¿Cambiar tus datos actuales por la copia {name}? Antes se guarda una copia de tus datos actuales, así que no se pierde nada. il2desk se volverá a abrir.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Export for your doctor</source>
        <translation>Exportar para tu médico</translation>
    </message>
    <message>
        <source>Save the side-effect diary</source>
        <translation>Guardar el diario de efectos secundarios</translation>
    </message>
    <message>
        <source>Save the lab results</source>
        <translation>Guardar los resultados de los análisis</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>Guardado: {files}</translation>
    </message>
    <message>
        <source>il2desk cannot open your record</source>
        <translation>il2desk no puede abrir tus datos</translation>
    </message>
    <message>
        <source>il2desk will not write to this file, so nothing more can be lost. The file is {path}.</source>
        <translation>il2desk no escribirá en este archivo, así que no se puede perder nada más. El archivo es {path}.</translation>
    </message>
    <message>
        <source>il2desk has not changed anything. The file is {path}.</source>
        <translation>il2desk no ha cambiado nada. El archivo es {path}.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Restoring it brings back everything saved up to then.</source>
        <translation>La copia buena más reciente es del {when}. Al recuperarla vuelve todo lo guardado hasta ese momento.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup from {when}</source>
        <translation>&amp;Recuperar la copia del {when}</translation>
    </message>
    <message>
        <source>There is no backup to restore. Please keep the copy and ask someone you trust for help.</source>
        <translation>No hay ninguna copia que recuperar. Guarda la copia y pide ayuda a alguien de confianza.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written, and your record was not changed. Please free some space and try again.</source>
        <translation>El disco está lleno: no se escribió nada y tus datos no se cambiaron. Libera algo de espacio y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({reason}). Your record was not changed.</source>
        <translation>No se pudo recuperar la copia de seguridad ({reason}). Tus datos no se cambiaron.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>No se pudo recuperar</translation>
    </message>
    <message>
        <source>Print the course checklist</source>
        <translation>Imprimir la lista del ciclo</translation>
    </message>
    <message>
        <source>Print preview of the course checklist</source>
        <translation>Vista previa de la lista del ciclo</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the checklist as a PDF file</source>
        <translation>Guardar la lista como archivo PDF</translation>
    </message>
    <message>
        <source>Printing did not work</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>The printer reported a problem, so the checklist may not have been printed. Check that the printer is on and has paper, then try again, or save the checklist as a PDF.</source>
        <translation>La impresora avisó de un problema, así que puede que la lista no se haya impreso. Comprueba que la impresora está encendida y tiene papel y vuelve a intentarlo, o guarda la lista como PDF.</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Guardar la lista como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>The checklist is saved in {path}. It holds health information: keep it private.</source>
        <translation>La lista está guardada en {path}. Contiene información de salud: guárdala en privado.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>No hay nada que imprimir</translation>
    </message>
    <message>
        <source>This course could not be found. Please choose another.</source>
        <translation>No se encontró este ciclo. Elige otro, por favor.</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>Your settings put the dose and the steps in each event. A calendar you share is not private: you can choose “discreet” in Settings.</source>
        <translation>Según tus ajustes, cada evento lleva la dosis y los pasos. Un calendario compartido no es privado: puedes elegir «discreto» en Ajustes.</translation>
    </message>
    <message>
        <source>Your settings keep the events discreet: they say only “Medication”, with no dose.</source>
        <translation>Según tus ajustes, los eventos son discretos: solo dicen «Medicación», sin la dosis.</translation>
    </message>
    <message>
        <source>This calendar file holds health information: the dates and times of your treatment. {detail} Continue?</source>
        <translation>Este archivo de calendario contiene información de salud: las fechas y horas de tu tratamiento. {detail} ¿Continuar?</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardarlo…</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Guardar el archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file was not saved</source>
        <translation>El archivo de calendario no se guardó</translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation>Archivo de calendario guardado</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) in {path}. Open this file with your calendar program to add them. If you export again after a change, the events are updated, not doubled.</source>
        <translation>
            <numerusform>Se guardó %n evento en {path}. Abre este archivo con tu programa de calendario para añadirlo. Si vuelves a exportar después de un cambio, los eventos se actualizan y no se duplican.</numerusform>
            <numerusform>Se guardaron %n eventos en {path}. Abre este archivo con tu programa de calendario para añadirlos. Si vuelves a exportar después de un cambio, los eventos se actualizan y no se duplican.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} reminders are waiting</source>
        <translation>Tienes {n} avisos pendientes</translation>
    </message>
    <message>
        <source>They came while il2desk was closed or the computer was asleep. Open il2desk to see each one.</source>
        <translation>Llegaron mientras il2desk estaba cerrado o la computadora estaba en reposo. Abre il2desk para verlos uno a uno.</translation>
    </message>
    <message>
        <source>Your computer&apos;s time zone changed</source>
        <translation>La zona horaria de tu computadora ha cambiado</translation>
    </message>
    <message>
        <source>Your computer is now set to {system}, but your injection times are set in {home}.

Should the injection times follow the new time zone (the same clock times there), or stay at home time?</source>
        <translation>Tu computadora está ahora en {system}, pero las horas de tus inyecciones están en {home}.

¿Quieres que las inyecciones sigan la nueva zona horaria (a las mismas horas de reloj allí) o que se queden en la hora de casa?</translation>
    </message>
    <message>
        <source>Follow {system}</source>
        <translation>Seguir {system}</translation>
    </message>
    <message>
        <source>Keep {home} time</source>
        <translation>Mantener la hora de {home}</translation>
    </message>
    <message>
        <source>Time for your pre-treatment</source>
        <translation>Es la hora de tu premedicación</translation>
    </message>
    <message>
        <source>Take the antihistamine and the ibuprofen your doctor advised. Your injection is at {time}.</source>
        <translation>Tómate el antihistamínico y el ibuprofeno que te indicó tu médico. Tu inyección es a las {time}.</translation>
    </message>
    <message>
        <source>Ice pack on</source>
        <translation>Ponte la bolsa de hielo</translation>
    </message>
    <message>
        <source>Hold the ice pack on the injection site for {minutes} before your {time} injection.</source>
        <translation>Mantén la bolsa de hielo en la zona de la inyección durante {minutes} antes de la inyección de las {time}.</translation>
    </message>
    <message>
        <source>Time for your injection</source>
        <translation>Es la hora de tu inyección</translation>
    </message>
    <message>
        <source>Injection {number} of 10 (day {day} of 5) is due at {time}. Start the session when you are ready.</source>
        <translation>La inyección {number} de 10 (día {day} de 5) toca a las {time}. Empieza la sesión cuando quieras.</translation>
    </message>
    <message>
        <source>Blood work is due</source>
        <translation>Toca el análisis de sangre</translation>
    </message>
    <message>
        <source>Your next course starts on {date}. Have your blood taken for the CD4 count and viral load about now, two weeks before it.</source>
        <translation>Tu próximo ciclo empieza el {date}. Hazte ahora el análisis de sangre de CD4 y carga viral, dos semanas antes.</translation>
    </message>
    <message>
        <source>Your course starts tomorrow</source>
        <translation>Tu ciclo empieza mañana</translation>
    </message>
    <message>
        <source>Your next course starts tomorrow, {date}. Check that your medicine, syringes and ice packs are ready.</source>
        <translation>Tu próximo ciclo empieza mañana, {date}. Comprueba que tienes listos el medicamento, las jeringas y las bolsas de hielo.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>A reminder was due at {time}.</source>
        <translation>Había un aviso para las {time}.</translation>
    </message>
    <message>
        <source>Late: this was due at {time} on {date}, while il2desk was closed or the computer was asleep.</source>
        <translation>Con retraso: era para las {time} del {date}, mientras il2desk estaba cerrado o la computadora en reposo.</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>EXPIRED since {0}: do not use</source>
        <translation>CADUCADO desde {0}: no lo uses</translation>
    </message>
    <message>
        <source>usable until {0}</source>
        <translation>se puede usar hasta {0}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Something went wrong in il2desk, but nothing you saved was lost. You can go on using the program.</source>
        <translation>Algo ha salido mal en il2desk, pero no se ha perdido nada de lo que guardaste. Puedes seguir usando el programa.</translation>
    </message>
    <message>
        <source>The details were written to {path}, in case someone helps you with it.</source>
        <translation>Los detalles se guardaron en {path}, por si alguien te ayuda con esto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pre-filled syringes&lt;/b&gt;: one syringe of {dose} per injection.</source>
        <translation>&lt;b&gt;Jeringas precargadas&lt;/b&gt;: una jeringa de {dose} por inyección.</translation>
    </message>
    <message>
        <source>&lt;b&gt;From a vial&lt;/b&gt; you mix.</source>
        <translation>&lt;b&gt;De un vial&lt;/b&gt; que preparas tú.</translation>
    </message>
    <message>
        <source>The vial strength and syringe are not entered yet: follow your pharmacist&apos;s instructions.</source>
        <translation>Todavía no se han escrito la concentración del vial ni la jeringa: sigue las indicaciones de tu farmacéutico.</translation>
    </message>
    <message>
        <source>Strength {strength}.</source>
        <translation>Concentración: {strength}.</translation>
    </message>
    <message>
        <source>Strength {strength}. With the {syringe}, draw &lt;b&gt;{volume}&lt;/b&gt;: up to &lt;b&gt;{mark}&lt;/b&gt;.</source>
        <translation>Concentración: {strength}. Con la {syringe}, extrae &lt;b&gt;{volume}&lt;/b&gt;: hasta &lt;b&gt;{mark}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>That mark gives {dose} (difference from your dose of {prescribed}: {percent}).</source>
        <translation>Esa marca da {dose} (diferencia con tu dosis de {prescribed}: {percent}).</translation>
    </message>
    <message>
        <source>No infection on day 1 (if you have one, call your doctor)</source>
        <translation>Sin infección el día 1 (si tienes una, llama a tu médico)</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠&amp;nbsp;Discuss with your doctor before starting:&lt;/b&gt; {items}.</source>
        <translation>&lt;b&gt;⚠&amp;nbsp;Habla con tu médico antes de empezar:&lt;/b&gt; {items}.</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>This course was cancelled.</source>
        <translation>Este ciclo se canceló.</translation>
    </message>
    <message>
        <source>{state} at {time}</source>
        <translation>{state} a las {time}</translation>
    </message>
    <message>
        <source>{state} on {date} at {time}. The injections it still had were not given.</source>
        <translation>{state} el {date} a las {time}. Las inyecciones que le quedaban no se pusieron.</translation>
    </message>
    <message>
        <source>Your doctor</source>
        <translation>Tu médico</translation>
    </message>
    <message>
        <source>Doctor&apos;s emergency number:</source>
        <translation>Número de urgencias del médico:</translation>
    </message>
    <message>
        <source>The clocks go forward that night: this is the time on the clock after the change.</source>
        <translation>Esa noche se adelantan los relojes: es la hora del reloj después del cambio.</translation>
    </message>
    <message>
        <source>The clocks go back that night, so this time comes twice: it is the first time.</source>
        <translation>Esa noche se atrasan los relojes, así que esta hora llega dos veces: es la primera.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{dose}&lt;/b&gt; per injection ({daily} a day)</source>
        <translation>&lt;b&gt;{dose}&lt;/b&gt; por inyección ({daily} al día)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blood work:&lt;/b&gt; CD4 count and viral load by &lt;b&gt;{date}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Análisis de sangre:&lt;/b&gt; recuento de CD4 y carga viral antes del &lt;b&gt;{date}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Pre-treatment {pre} minutes before. Ice pack {before} minutes before and {after} minutes after.</source>
        <translation>Premedicación {pre} minutos antes. Bolsa de hielo {before} minutos antes y {after} minutos después.</translation>
    </message>
    <message>
        <source>IL-2 course checklist</source>
        <translation>Lista del ciclo de IL-2</translation>
    </message>
    <message>
        <source>Preparation:</source>
        <translation>Preparación:</translation>
    </message>
    <message>
        <source>Before the course</source>
        <translation>Antes del ciclo</translation>
    </message>
    <message>
        <source>The 10 injections</source>
        <translation>Las 10 inyecciones</translation>
    </message>
    <message numerus="yes">
        <source>The %n injection(s)</source>
        <translation>
            <numerusform>La %n inyección</numerusform>
            <numerusform>Las %n inyecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Pre-&lt;br/&gt;treat</source>
        <translation>Pre-&lt;br/&gt;med.</translation>
    </message>
    <message>
        <source>Ice&lt;br/&gt;before</source>
        <translation>Hielo&lt;br/&gt;antes</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Hecha&lt;br/&gt;a las</translation>
    </message>
    <message>
        <source>Ice&lt;br/&gt;after</source>
        <translation>Hielo&lt;br/&gt;desp.</translation>
    </message>
    <message>
        <source>Sharps</source>
        <translation>Agujas</translation>
    </message>
    <message>
        <source>Call your doctor now if:</source>
        <translation>Llama ahora a tu médico si:</translation>
    </message>
    <message>
        <source>If you cannot reach your doctor, call your local emergency number.</source>
        <translation>Si no consigues hablar con tu médico, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>IL-2 course checklist, {date}</source>
        <translation>Lista del ciclo de IL-2, {date}</translation>
    </message>
    <message>
        <source>The PDF could not be made. Nothing was saved.</source>
        <translation>No se pudo crear el PDF. No se guardó nada.</translation>
    </message>
    <message>
        <source>There is no course number {number}.</source>
        <translation>No hay ningún ciclo con el número {number}.</translation>
    </message>
    <message>
        <source>This course has no injections to print.</source>
        <translation>Este ciclo no tiene inyecciones que imprimir.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>The course starting {date} has no planned injections left, so there is nothing to put in a calendar.</source>
        <translation>Al ciclo que empieza el {date} no le quedan inyecciones planificadas, así que no hay nada que poner en un calendario.</translation>
    </message>
    <message>
        <source>There is no planned course to put in a calendar yet.</source>
        <translation>Todavía no hay ningún ciclo planificado que poner en un calendario.</translation>
    </message>
    <message>
        <source>IL-2 injection — {slot} ({dose})</source>
        <translation>Inyección de IL-2 — {slot} ({dose})</translation>
    </message>
    <message>
        <source>Injection {n} of {total}, day {day} of {days}: {dose}.</source>
        <translation>Inyección {n} de {total}, día {day} de {days}: {dose}.</translation>
    </message>
    <message>
        <source>{time} — pre-treatment: take the antihistamine and ibuprofen your doctor advised.</source>
        <translation>{time} — premedicación: tómate el antihistamínico y el ibuprofeno que te indicó tu médico.</translation>
    </message>
    <message>
        <source>{time} — injection.</source>
        <translation>{time} — inyección.</translation>
    </message>
    <message>
        <source>{time} — ice pack on the injection site for {minutes}.</source>
        <translation>{time} — bolsa de hielo en la zona de la inyección durante {minutes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>After it: ice pack on the site for {minutes}, and the used syringe into the sharps container.</source>
        <translation>Después: bolsa de hielo en la zona durante {minutes}, y la jeringa usada al contenedor de agujas.</translation>
    </message>
    <message>
        <source>Pre-treatment: antihistamine and ibuprofen</source>
        <translation>Premedicación: antihistamínico e ibuprofeno</translation>
    </message>
    <message>
        <source>Ice pack on the injection site</source>
        <translation>Bolsa de hielo en la zona de la inyección</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Cancelled, not to do: {title}</source>
        <translation>Cancelado, no hacer: {title}</translation>
    </message>
    <message>
        <source>There are no planned injections to put in a calendar.</source>
        <translation>No hay inyecciones planificadas que poner en un calendario.</translation>
    </message>
    <message>
        <source>Blood work before the IL-2 course (CD4 count and viral load)</source>
        <translation>Análisis de sangre antes del ciclo de IL-2 (recuento de CD4 y carga viral)</translation>
    </message>
    <message>
        <source>Blood work is due two weeks before the course that starts on {date}.</source>
        <translation>El análisis de sangre toca dos semanas antes del ciclo que empieza el {date}.</translation>
    </message>
    <message>
        <source>IL-2 course starts — {dose} per injection</source>
        <translation>Empieza el ciclo de IL-2 — {dose} por inyección</translation>
    </message>
    <message>
        <source>Day 1 of {days}: a morning and an evening injection each day until {date}.</source>
        <translation>Día 1 de {days}: una inyección por la mañana y otra por la noche cada día hasta el {date}.</translation>
    </message>
    <message>
        <source>Day 1 of {days}: one injection each day until {date}.</source>
        <translation>Día 1 de {days}: una inyección cada día hasta el {date}.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Medication starts</source>
        <translation>Empieza la medicación</translation>
    </message>
    <message>
        <source>hard to tolerate</source>
        <translation>difícil de tolerar</translation>
    </message>
    <message numerus="yes">
        <source>%n given</source>
        <translation>
            <numerusform>%n puesta</numerusform>
            <numerusform>%n puestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n olvidada</numerusform>
            <numerusform>%n olvidadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not given</source>
        <translation>
            <numerusform>%n no puesta</numerusform>
            <numerusform>%n no puestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n sin anotar</numerusform>
            <numerusform>%n sin anotar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still to come</source>
        <translation>
            <numerusform>%n por poner</numerusform>
            <numerusform>%n por poner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n con retraso</numerusform>
            <numerusform>%n con retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {size} cm</source>
        <translation>{kind}, {size} cm</translation>
    </message>
    <message>
        <source>{site}: {kind}, since {date}</source>
        <translation>{site}: {kind}, desde el {date}</translation>
    </message>
    <message>
        <source>made on {date}</source>
        <translation>hecho el {date}</translation>
    </message>
    <message>
        <source>Period: {first} to {last}</source>
        <translation>Período: del {first} al {last}</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>D{number}</source>
        <translation>D{number}</translation>
    </message>
    <message>
        <source>Dates and regimen</source>
        <translation>Fechas y pauta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <source>Worst side effect noted on each course day (D1 to D5) and after: ● mild, ●● moderate, ●●● severe, – none.</source>
        <translation>Peor efecto secundario anotado en cada día del ciclo (D1 a D5) y después: ● leve, ●● moderado, ●●● grave, – ninguno.</translation>
    </message>
    <message>
        <source>No course in this period.</source>
        <translation>Ningún ciclo en este período.</translation>
    </message>
    <message>
        <source>Blood work</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Extracción</translation>
    </message>
    <message>
        <source>CD4 cells/µL</source>
        <translation>CD4 células/µL</translation>
    </message>
    <message>
        <source>CD4 %</source>
        <translation>CD4 %</translation>
    </message>
    <message>
        <source>Viral load</source>
        <translation>Carga viral</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Results drawn from the first injection of a course until 4 weeks after its last injection are marked unreliable: the chart shows them hollow and leaves them out of the line.</source>
        <translation>Los resultados de sangre extraída desde la primera inyección de un ciclo hasta 4 semanas después de la última se marcan como poco fiables: el gráfico los muestra huecos y no los une a la línea.</translation>
    </message>
    <message>
        <source>No blood results in this period.</source>
        <translation>Ningún resultado de análisis en este período.</translation>
    </message>
    <message>
        <source>Emergency signs, site reactions, before the next course</source>
        <translation>Señales de alarma, reacciones en la piel, antes del próximo ciclo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{date}: {sign}&lt;/b&gt; (emergency sign).</source>
        <translation>&lt;b&gt;{date}: {sign}&lt;/b&gt; (señal de alarma).</translation>
    </message>
    <message>
        <source>What followed: {text}</source>
        <translation>Lo que pasó después: {text}</translation>
    </message>
    <message>
        <source>No emergency sign logged in this period.</source>
        <translation>Ninguna señal de alarma anotada en este período.</translation>
    </message>
    <message>
        <source>Site reactions still open: {list}.</source>
        <translation>Reacciones en la zona de inyección aún abiertas: {list}.</translation>
    </message>
    <message>
        <source>No injection-site reaction open.</source>
        <translation>Ninguna reacción abierta en las zonas de inyección.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered “yes” in the pre-course check:&lt;/b&gt; {list}.</source>
        <translation>&lt;b&gt;Respondido «sí» en las preguntas antes del ciclo:&lt;/b&gt; {list}.</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>Para hablar con el médico</translation>
    </message>
    <message>
        <source>My own questions:</source>
        <translation>Mis propias preguntas:</translation>
    </message>
    <message>
        <source>Visit report: IL-2 treatment</source>
        <translation>Informe para la consulta: tratamiento con IL-2</translation>
    </message>
    <message>
        <source>Made by il2desk from what the patient recorded. It changes nothing by itself: doses and dates are the doctor&apos;s decision.</source>
        <translation>Hecho por il2desk con lo que anotó el paciente. No cambia nada por sí mismo: las dosis y las fechas las decide el médico.</translation>
    </message>
    <message>
        <source>Visit report, {date}</source>
        <translation>Informe para la consulta, {date}</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vista previa de las páginas</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About il2desk</source>
        <translation>Acerca de il2desk</translation>
    </message>
    <message>
        <source>il2desk icon</source>
        <translation>Icono de il2desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>A companion for people who inject interleukin-2 at home.</source>
        <translation>Un acompañante para las personas que se inyectan interleucina-2 en casa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is not medical advice.&lt;/b&gt; il2desk only helps you keep to the plan your doctor gave you. Always follow your doctor&apos;s instructions. If il2desk and your doctor say different things, do what your doctor says.</source>
        <translation>&lt;b&gt;Esto no es un consejo médico.&lt;/b&gt; il2desk solo te ayuda a seguir el plan que te dio tu médico. Sigue siempre las indicaciones de tu médico. Si il2desk y tu médico dicen cosas distintas, haz lo que diga tu médico.</translation>
    </message>
    <message>
        <source>This is not medical advice. Always follow your doctor&apos;s instructions.</source>
        <translation>Esto no es un consejo médico. Sigue siempre las indicaciones de tu médico.</translation>
    </message>
    <message>
        <source>il2desk is free software under the GNU General Public License, version 3 or later ({licence}). You may share and change it under those terms. It comes with no warranty. &lt;a href=&quot;{url}&quot;&gt;Read the licence&lt;/a&gt;.</source>
        <translation>il2desk es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior ({licence}). Puedes compartirlo y modificarlo en esas condiciones. No tiene ninguna garantía. &lt;a href=&quot;{url}&quot;&gt;Leer la licencia&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Your record is kept only on this computer, in this folder:</source>
        <translation>Tus datos se guardan solo en esta computadora, en esta carpeta:</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>&amp;Open the data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>No file manager answered. Your record is in this folder: {folder}</source>
        <translation>Ningún gestor de archivos respondió. Tus datos están en esta carpeta: {folder}</translation>
    </message>
</context>
<context>
    <name>AccessibleRoles</name>
    <message>
        <source>Show the rest of the tool bar</source>
        <translation>Mostrar el resto de la barra de herramientas</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The disk is full: nothing was written. il2desk needs a little space in {folder} to start. Please free some space, then start il2desk again.</source>
        <translation>El disco está lleno: no se escribió nada. il2desk necesita un poco de espacio en {folder} para iniciarse. Libera algo de espacio y vuelve a iniciar il2desk, por favor.</translation>
    </message>
    <message>
        <source>il2desk cannot write in its folder {folder} (it is read-only), so it cannot start. Nothing was changed.</source>
        <translation>il2desk no puede escribir en su carpeta {folder} (es de solo lectura), así que no puede iniciarse. No se cambió nada.</translation>
    </message>
    <message>
        <source>il2desk is already open. Look for its window, or for its icon near the clock.</source>
        <translation>il2desk ya está abierto. Busca su ventana o su icono junto al reloj.</translation>
    </message>
    <message>
        <source>A problem in your record</source>
        <translation>Un problema en tus datos</translation>
    </message>
    <message>
        <source>il2desk found damage in the file that holds your record, so it did not make today&apos;s backup (your earlier backups are kept). Please use File ▸ Restore a backup… to go back to the newest backup.</source>
        <translation>il2desk ha encontrado daños en el archivo que guarda tus datos, así que no ha hecho la copia de seguridad de hoy (tus copias anteriores se conservan). Usa Archivo ▸ Recuperar una copia… para volver a la copia más reciente, por favor.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Starting at login is not available on this system yet. Open il2desk yourself after logging in.</source>
        <translation>En este sistema todavía no se puede abrir il2desk al iniciar sesión. Ábrelo tú después de iniciar sesión.</translation>
    </message>
    <message>
        <source>il2desk could not change the start-at-login setting ({reason}). Nothing else was changed.</source>
        <translation>il2desk no pudo cambiar el ajuste de abrirse al iniciar sesión ({reason}). No se cambió nada más.</translation>
    </message>
    <message>
        <source>il2desk could not ask your desktop to start it at login ({reason}). Nothing else was changed.</source>
        <translation>il2desk no pudo pedir a tu escritorio que lo abra al iniciar sesión ({reason}). No se cambió nada más.</translation>
    </message>
</context>
<context>
    <name>BloodWorkPage</name>
    <message>
        <source>Blood test</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <source>Your doctor needs a blood test (CD4 count and viral load) two weeks before each course.</source>
        <translation>Tu médico necesita un análisis de sangre (recuento de CD4 y carga viral) dos semanas antes de cada ciclo.</translation>
    </message>
    <message>
        <source>That day has already passed: please ask for the blood test as soon as you can.</source>
        <translation>Ese día ya ha pasado: pide el análisis de sangre lo antes que puedas.</translation>
    </message>
    <message>
        <source>My blood &amp;test is booked</source>
        <translation>Ya tengo &amp;cita para el análisis</translation>
    </message>
    <message>
        <source>My blood test is booked</source>
        <translation>Ya tengo cita para el análisis de sangre</translation>
    </message>
    <message>
        <source>Due on {date}</source>
        <translation>Para el {date}</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map of injection sites</source>
        <translation>Mapa del cuerpo con las zonas de inyección</translation>
    </message>
    <message>
        <source>Front and back of the body. Use Tab or the arrow keys to move between sites, and Enter or Space to choose one.</source>
        <translation>El cuerpo por delante y por detrás. Usa Tab o las flechas para moverte entre las zonas, e Intro o Espacio para elegir una.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Delante</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Detrás</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>sugerida</translation>
    </message>
    <message>
        <source>open reaction: {0}</source>
        <translation>reacción abierta: {0}</translation>
    </message>
    <message>
        <source>★ Suggested</source>
        <translation>★ Sugerida</translation>
    </message>
</context>
<context>
    <name>CourseStatus</name>
    <message>
        <source>{state} on {date} at {time}</source>
        <translation>{state} el {date} a las {time}</translation>
    </message>
    <message>
        <source> (recorded afterwards)</source>
        <translation> (anotado después)</translation>
    </message>
    <message>
        <source>, hard to tolerate</source>
        <translation>, difícil de tolerar</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>CourseWizard</name>
    <message>
        <source>Change the course</source>
        <translation>Cambiar el ciclo</translation>
    </message>
    <message>
        <source>Plan a course</source>
        <translation>Planificar un ciclo</translation>
    </message>
    <message>
        <source>&amp;Save the course</source>
        <translation>&amp;Guardar el ciclo</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pre-filled syringes</source>
        <translation>Jeringas precargadas</translation>
    </message>
    <message>
        <source>A vial to mix, drawn with a {syringe}</source>
        <translation>Un vial para preparar, con una {syringe} para extraer</translation>
    </message>
    <message>
        <source>; strength after mixing {value}</source>
        <translation>; concentración tras la mezcla {value}</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>{dose} per injection — {day} a day, {course} for the whole course</source>
        <translation>{dose} por inyección — {day} al día, {course} en todo el ciclo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>{morning} and {evening} ({zone})</source>
        <translation>{morning} y {evening} ({zone})</translation>
    </message>
    <message>
        <source>{morning}, once a day ({zone})</source>
        <translation>{morning}, una vez al día ({zone})</translation>
    </message>
    <message>
        <source>Next course</source>
        <translation>Próximo ciclo</translation>
    </message>
    <message>
        <source>about {date} (after {weeks})</source>
        <translation>hacia el {date} (dentro de {weeks})</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Syringes</source>
        <translation>Jeringas</translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation>Análisis de sangre</translation>
    </message>
    <message>
        <source>due {date}{booked}</source>
        <translation>para el {date}{booked}</translation>
    </message>
    <message>
        <source> (booked)</source>
        <translation> (con cita)</translation>
    </message>
    <message>
        <source> (still to book)</source>
        <translation> (falta pedir cita)</translation>
    </message>
    <message>
        <source>Dose check</source>
        <translation>Revisión de la dosis</translation>
    </message>
    <message>
        <source>You confirmed this is the dose your doctor prescribed.</source>
        <translation>Confirmaste que esta es la dosis que te recetó tu médico.</translation>
    </message>
    <message>
        <source>To discuss with your doctor before starting:</source>
        <translation>Para hablar con tu médico antes de empezar:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <source>Please go back and type the dose.</source>
        <translation>Vuelve atrás y escribe la dosis, por favor.</translation>
    </message>
    <message>
        <source>Save and &amp;print the checklist…</source>
        <translation>Guardar e &amp;imprimir la lista…</translation>
    </message>
    <message>
        <source>Save and e&amp;xport to calendar…</source>
        <translation>Guardar y e&amp;xportar al calendario…</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Dose per injection</source>
        <translation>Dosis por inyección</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No puestas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <source>Courses</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation>&amp;Planificar un ciclo…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Stop this course…</source>
        <translation>&amp;Interrumpir este ciclo…</translation>
    </message>
    <message>
        <source>C&amp;ancel course…</source>
        <translation>Cancelar el cicl&amp;o…</translation>
    </message>
    <message>
        <source>Mark hard to &amp;tolerate</source>
        <translation>Marcar como difícil de &amp;tolerar</translation>
    </message>
    <message>
        <source>&amp;Record a past course…</source>
        <translation>&amp;Anotar un ciclo pasado…</translation>
    </message>
    <message>
        <source>Print chec&amp;klist…</source>
        <translation>Imprimir &amp;lista…</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xportar al calendario…</translation>
    </message>
    <message>
        <source>Injections of the course</source>
        <translation>Inyecciones del ciclo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation>Todavía no hay ciclos</translation>
    </message>
    <message>
        <source>Press “Plan a course…” to plan your next one, or “Record a past course…” for one you had before using il2desk.</source>
        <translation>Pulsa «Planificar un ciclo…» para planificar el próximo, o «Anotar un ciclo pasado…» para uno que hiciste antes de usar il2desk.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>{dose} a day by continuous infusion in hospital, {days} (no home injections). {status}.</source>
        <translation>{dose} al día por infusión continua en el hospital, {days} (sin inyecciones en casa). {status}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{dose} per injection, {zone}. {status}.</source>
        <translation>{dose} por inyección, {zone}. {status}.</translation>
    </message>
    <message>
        <source>How it went: {notes}</source>
        <translation>Cómo fue: {notes}</translation>
    </message>
    <message>
        <source>Not hard to &amp;tolerate</source>
        <translation>No fue difícil de &amp;tolerar</translation>
    </message>
    <message>
        <source> (clocks went forward)</source>
        <translation> (se adelantaron los relojes)</translation>
    </message>
    <message>
        <source> (first of the two)</source>
        <translation> (la primera de las dos)</translation>
    </message>
    <message>
        <source>{state} at {time}</source>
        <translation>{state} a las {time}</translation>
    </message>
    <message>
        <source>Cancel this course?</source>
        <translation>¿Cancelar este ciclo?</translation>
    </message>
    <message>
        <source>The course from {start} has not begun. It will be kept in your history, marked cancelled; its injections will not be given and their reminders stop.</source>
        <translation>El ciclo del {start} no ha empezado. Se guardará en tu historial, marcado como cancelado; sus inyecciones no se pondrán y sus avisos se detienen.</translation>
    </message>
    <message>
        <source>Cancel the course</source>
        <translation>Cancelar el ciclo</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM, HH:mm</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>add entry</source>
        <translation>añadir la anotación</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambiar</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>borrar</translation>
    </message>
</context>
<context>
    <name>DiaryEntryForm</name>
    <message>
        <source>1. &amp;What did you notice?</source>
        <translation>1. ¿&amp;Qué notaste?</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>Signs marked with a warning sign mean: call your doctor now.</source>
        <translation>Los síntomas marcados con una señal de aviso significan: llama ahora a tu médico.</translation>
    </message>
    <message>
        <source>2. How strong?</source>
        <translation>2. ¿Con qué fuerza?</translation>
    </message>
    <message>
        <source>●○○ M&amp;ild</source>
        <translation>●○○ &amp;Leve</translation>
    </message>
    <message>
        <source>●●○ M&amp;oderate</source>
        <translation>●●○ &amp;Moderado</translation>
    </message>
    <message>
        <source>●●● Se&amp;vere</source>
        <translation>●●● &amp;Fuerte</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>for example 38.5</source>
        <translation>por ejemplo 38,5</translation>
    </message>
    <message>
        <source>Temperature unit</source>
        <translation>Unidad de temperatura</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>Qué fue</translation>
    </message>
    <message>
        <source>for example headache</source>
        <translation>por ejemplo dolor de cabeza</translation>
    </message>
    <message>
        <source>What &amp;was it?</source>
        <translation>¿Qué fu&amp;e?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>optional, for example took ibuprofen</source>
        <translation>opcional, por ejemplo tomé ibuprofeno</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>3. &amp;Save entry</source>
        <translation>3. &amp;Guardar la anotación</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Guardar la anotación</translation>
    </message>
    <message>
        <source>&amp;Cancel editing</source>
        <translation>&amp;Cancelar los cambios</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar los cambios</translation>
    </message>
    <message>
        <source>A sign to call your doctor now</source>
        <translation>Una señal para llamar ahora a tu médico</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>Please choose what you noticed.</source>
        <translation>Elige qué notaste, por favor.</translation>
    </message>
    <message>
        <source>Please choose how strong it was.</source>
        <translation>Elige con qué fuerza, por favor.</translation>
    </message>
    <message>
        <source>Please keep the note under {0} characters.</source>
        <translation>Escribe la nota con menos de {0} caracteres, por favor.</translation>
    </message>
    <message>
        <source>That time is still to come. Please check the date.</source>
        <translation>Esa hora todavía no ha llegado. Revisa la fecha, por favor.</translation>
    </message>
</context>
<context>
    <name>DiaryTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Course day</source>
        <translation>Día del ciclo</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Síntoma</translation>
    </message>
    <message>
        <source>How strong</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>not in a course</source>
        <translation>fuera de un ciclo</translation>
    </message>
    <message>
        <source>after the course of {0}</source>
        <translation>después del ciclo del {0}</translation>
    </message>
    <message>
        <source>day {0} of the course of {1}</source>
        <translation>día {0} del ciclo del {1}</translation>
    </message>
    <message>
        <source>A sign to call your doctor at once</source>
        <translation>Una señal para llamar enseguida a tu médico</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>Side-effect diary</source>
        <translation>Diario de efectos secundarios</translation>
    </message>
    <message>
        <source>Note how you feel</source>
        <translation>Anota cómo te sientes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Diary pages</source>
        <translation>Páginas del diario</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Anotaciones</translation>
    </message>
    <message>
        <source>&amp;By course day</source>
        <translation>&amp;Por día del ciclo</translation>
    </message>
    <message>
        <source>Show &amp;by symptom:</source>
        <translation>Mostrar por &amp;síntoma:</translation>
    </message>
    <message>
        <source>Show entries for</source>
        <translation>Mostrar anotaciones de</translation>
    </message>
    <message>
        <source>All symptoms</source>
        <translation>Todos los síntomas</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>Cambiar la anotación elegida</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Borrar la anotación elegida</translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation>Anotaciones del diario, las más recientes primero</translation>
    </message>
    <message>
        <source>No diary entries yet</source>
        <translation>Todavía no hay anotaciones en el diario</translation>
    </message>
    <message>
        <source>Choose what you noticed above, how strong it was, and press Save. Entries are grouped by course day, so you can see whether the last days of a course are the hardest.</source>
        <translation>Elige arriba qué notaste y con qué fuerza, y pulsa Guardar. Las anotaciones se agrupan por día del ciclo, para que veas si los últimos días son los más duros.</translation>
    </message>
    <message>
        <source>The worst side effect you noted on each day of your latest courses. Side effects are usually worst on the last two or three days of a course.</source>
        <translation>El peor efecto secundario que anotaste cada día de tus últimos ciclos. Los efectos secundarios suelen ser peores los dos o tres últimos días del ciclo.</translation>
    </message>
    <message>
        <source>The latest course was hard to tolerate</source>
        <translation>El último ciclo fue difícil de tolerar</translation>
    </message>
    <message>
        <source>Ticking this lets il2desk show, on the Labs page, a lower dose you could discuss with your doctor. Nothing changes by itself.</source>
        <translation>Si marcas esto, il2desk te mostrará en la página de Análisis una dosis más baja que podrías hablar con tu médico. Nada cambia por sí solo.</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} anotaciones</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 anotación</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer: {0}</translation>
    </message>
    <message>
        <source>The course of {0} was &amp;hard to tolerate</source>
        <translation>El ciclo del {0} fue difícil de &amp;tolerar</translation>
    </message>
    <message>
        <source>✓ Changed: {0}.</source>
        <translation>✓ Cambiado: {0}.</translation>
    </message>
    <message>
        <source>✓ Saved: {0}, {1}.</source>
        <translation>✓ Guardado: {0}, {1}.</translation>
    </message>
    <message>
        <source>If medicine does not bring a fever of 38.9 °C (102 °F) or more down, call your doctor now.</source>
        <translation>Si los medicamentos no bajan una fiebre de 38,9 °C (102 °F) o más, llama ahora a tu médico.</translation>
    </message>
    <message>
        <source>Please contact your doctor soon (within a day or two) to tell them about this.</source>
        <translation>Ponte en contacto pronto con tu médico (en uno o dos días) para contárselo.</translation>
    </message>
    <message>
        <source>Entry deleted: {0}. Press Undo to bring it back.</source>
        <translation>Anotación borrada: {0}. Pulsa Deshacer para recuperarla.</translation>
    </message>
</context>
<context>
    <name>DosePage</name>
    <message>
        <source>Your dose</source>
        <translation>Tu dosis</translation>
    </message>
    <message>
        <source>Type the dose your doctor prescribed for each injection, in million units. For example 4.5.</source>
        <translation>Escribe la dosis que te recetó tu médico para cada inyección, en millones de unidades. Por ejemplo 4,5.</translation>
    </message>
    <message>
        <source>Dose per injection, in million units</source>
        <translation>Dosis por inyección, en millones de unidades</translation>
    </message>
    <message>
        <source>&amp;Dose per injection (million units):</source>
        <translation>&amp;Dosis por inyección (millones de unidades):</translation>
    </message>
    <message>
        <source>&amp;Yes, this is the dose my doctor prescribed</source>
        <translation>&amp;Sí, esta es la dosis que me recetó mi médico</translation>
    </message>
    <message>
        <source>Confirm the unusual dose</source>
        <translation>Confirmar la dosis poco habitual</translation>
    </message>
    <message>
        <source>The daily and course totals show here as you type.</source>
        <translation>Aquí verás el total del día y del ciclo mientras escribes.</translation>
    </message>
    <message>
        <source>Each day: {day} (2 injections). Whole course: {course} (10 injections).</source>
        <translation>Cada día: {day} (2 inyecciones). Todo el ciclo: {course} (10 inyecciones).</translation>
    </message>
    <message>
        <source>Please check this dose. If it is right, tick the box below to confirm.</source>
        <translation>Revisa esta dosis, por favor. Si es correcta, marca la casilla de abajo para confirmarla.</translation>
    </message>
</context>
<context>
    <name>DrawPage</name>
    <message>
        <source>How much to draw up</source>
        <translation>Cuánto extraer</translation>
    </message>
    <message>
        <source>The syringe in your hand</source>
        <translation>La jeringa que tienes en la mano</translation>
    </message>
    <message>
        <source>The syringe in your &amp;hand:</source>
        <translation>La jeringa en tu &amp;mano:</translation>
    </message>
    <message>
        <source>Your dose: {0}. Strength of the mixed vial: {1}.</source>
        <translation>Tu dosis: {0}. Concentración del vial preparado: {1}.</translation>
    </message>
    <message>
        <source>This vial has just passed the time on its label. Do not draw from it: go back and mix a new vial.</source>
        <translation>Este vial acaba de pasar el tiempo de su etiqueta. No extraigas de él: vuelve atrás y prepara un vial nuevo.</translation>
    </message>
    <message>
        <source>Draw up {0}</source>
        <translation>Extrae {0}</translation>
    </message>
    <message>
        <source>Fill to {0}</source>
        <translation>Llena hasta {0}</translation>
    </message>
    <message>
        <source>That mark gives {0} (difference from your dose of {1}: {2}).</source>
        <translation>Esa marca da {0} (diferencia con tu dosis de {1}: {2}).</translation>
    </message>
    <message>
        <source>Do not draw from this vial.</source>
        <translation>No extraigas de este vial.</translation>
    </message>
    <message>
        <source>Do not draw with this syringe.</source>
        <translation>No extraigas con esta jeringa.</translation>
    </message>
    <message>
        <source>Use the {0} instead</source>
        <translation>Usa mejor la {0}</translation>
    </message>
</context>
<context>
    <name>DrawUpPage</name>
    <message>
        <source>Draw up the dose</source>
        <translation>Extrae la dosis</translation>
    </message>
    <message>
        <source>An upside-down vial with a syringe drawing liquid</source>
        <translation>Un vial boca abajo con una jeringa extrayendo líquido</translation>
    </message>
    <message>
        <source>Pull the plunger back to let air in up to your mark, push the needle through the stopper and push the air into the vial. Turn the vial upside down and pull the plunger slowly back to your mark.</source>
        <translation>Tira del émbolo para que entre aire hasta tu marca, atraviesa el tapón con la aguja y empuja el aire dentro del vial. Pon el vial boca abajo y tira despacio del émbolo hasta tu marca.</translation>
    </message>
    <message>
        <source>Your mark: {0} — {1}. Pull the plunger back to let air in up to that mark, push the needle through the stopper and push the air into the vial. Turn the vial upside down and pull the plunger slowly back to {0} — {1}.</source>
        <translation>Tu marca: {0} — {1}. Tira del émbolo para que entre aire hasta esa marca, atraviesa el tapón con la aguja y empuja el aire dentro del vial. Pon el vial boca abajo y tira despacio del émbolo hasta {0} — {1}.</translation>
    </message>
</context>
<context>
    <name>EmergencyButton</name>
    <message>
        <source>⚠ Emergency signs</source>
        <translation>⚠ Señales de alarma</translation>
    </message>
    <message>
        <source>When to call your doctor at once ({shortcut})</source>
        <translation>Cuándo llamar enseguida a tu médico ({shortcut})</translation>
    </message>
    <message>
        <source>Emergency signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Shows when to call your doctor at once and the number</source>
        <translation>Muestra cuándo llamar enseguida a tu médico y su número</translation>
    </message>
</context>
<context>
    <name>EmergencyPanel</name>
    <message>
        <source>Call your doctor now if…</source>
        <translation>Llama ahora a tu médico si…</translation>
    </message>
    <message>
        <source>Call your doctor now if you have any of these:</source>
        <translation>Llama ahora a tu médico si tienes alguna de estas señales:</translation>
    </message>
    <message>
        <source>Warning signs: </source>
        <translation>Señales de alarma: </translation>
    </message>
    <message>
        <source>&amp;Enter the doctor&apos;s number…</source>
        <translation>&amp;Escribir el número del médico…</translation>
    </message>
    <message>
        <source>Your doctor</source>
        <translation>Tu médico</translation>
    </message>
    <message>
        <source>{who}: {phone}</source>
        <translation>{who}: {phone}</translation>
    </message>
    <message>
        <source>If you cannot reach your doctor, call your local emergency number.</source>
        <translation>Si no consigues hablar con tu médico, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>No emergency number saved yet.</source>
        <translation>Todavía no hay ningún número de urgencias guardado.</translation>
    </message>
    <message>
        <source>Ask your doctor for an emergency number and save it in Settings, so it is here when you need it. Until then, call your local emergency number.</source>
        <translation>Pide a tu médico un número de urgencias y guárdalo en Ajustes, para tenerlo aquí cuando lo necesites. Mientras tanto, llama al número de emergencias de tu zona.</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>“{0}” on {1}</source>
        <translation>«{0}» el {1}</translation>
    </message>
    <message>
        <source>Yes, the doctor says go &amp;on</source>
        <translation>Sí, el médico dice que &amp;siga</translation>
    </message>
    <message>
        <source>Yes, the doctor says s&amp;top the course</source>
        <translation>Sí, el médico dice que &amp;pare el ciclo</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
    <message>
        <source>Shows the doctor&apos;s emergency number again</source>
        <translation>Vuelve a mostrar el número de urgencias de tu médico</translation>
    </message>
    <message>
        <source>You noted {0}. Did you reach your doctor?</source>
        <translation>Anotaste {0}. ¿Pudiste hablar con tu médico?</translation>
    </message>
    <message>
        <source>You noted {0}. With an infection, the injections wait for your doctor. Did you reach your doctor?</source>
        <translation>Anotaste {0}. Con una infección, las inyecciones esperan a tu médico. ¿Pudiste hablar con tu médico?</translation>
    </message>
</context>
<context>
    <name>IcePage</name>
    <message>
        <source>Ice after</source>
        <translation>Hielo después</translation>
    </message>
    <message>
        <source>Ice before</source>
        <translation>Hielo antes</translation>
    </message>
    <message>
        <source>Ice pack on the site again</source>
        <translation>Otra vez la bolsa de hielo en la zona</translation>
    </message>
    <message>
        <source>Hold the ice pack on the place you injected. It helps against swelling and lumps. Wrap it in a cloth so it does not touch the skin directly.</source>
        <translation>Pon la bolsa de hielo donde te inyectaste. Ayuda contra la hinchazón y los bultos. Envuélvela en un paño para que no toque la piel directamente.</translation>
    </message>
    <message>
        <source>Ice pack on the site</source>
        <translation>La bolsa de hielo en la zona</translation>
    </message>
    <message>
        <source>Hold the ice pack on the place you will inject. It helps against swelling and lumps. Wrap it in a cloth so it does not touch the skin directly.</source>
        <translation>Pon la bolsa de hielo donde te vas a inyectar. Ayuda contra la hinchazón y los bultos. Envuélvela en un paño para que no toque la piel directamente.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Done early</source>
        <translation>Ya &amp;he terminado</translation>
    </message>
    <message>
        <source>Done early</source>
        <translation>Ya he terminado</translation>
    </message>
    <message>
        <source>No ice pack to hand? You can go on with Next; this is noted.</source>
        <translation>¿No tienes bolsa de hielo a mano? Puedes seguir con Siguiente; quedará anotado.</translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>En pausa. Pulsa Reanudar para seguir.</translation>
    </message>
    <message>
        <source>Time left: {minutes} {seconds}</source>
        <translation>Tiempo que queda: {minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Time is up. You can take the ice pack off.</source>
        <translation>Se acabó el tiempo. Ya puedes quitarte la bolsa de hielo.</translation>
    </message>
    <message>
        <source>Done. You can take the ice pack off.</source>
        <translation>Hecho. Ya puedes quitarte la bolsa de hielo.</translation>
    </message>
</context>
<context>
    <name>InjectPage</name>
    <message>
        <source>Inject</source>
        <translation>Inyectar</translation>
    </message>
    <message>
        <source>Give the injection</source>
        <translation>Ponte la inyección</translation>
    </message>
    <message>
        <source>Take the ice pack off. Pinch up the skin, put the needle in, push the plunger slowly, then pull the needle out.</source>
        <translation>Quita la bolsa de hielo. Pellizca la piel, introduce la aguja, empuja el émbolo despacio y luego saca la aguja.</translation>
    </message>
    <message>
        <source>I have &amp;given the injection</source>
        <translation>&amp;Ya me he puesto la inyección</translation>
    </message>
    <message>
        <source>I have given the injection</source>
        <translation>Ya me he puesto la inyección</translation>
    </message>
    <message>
        <source>&amp;When (change it if you injected earlier):</source>
        <translation>C&amp;uándo (cámbialo si te la pusiste antes):</translation>
    </message>
    <message>
        <source>When I gave the injection</source>
        <translation>Cuándo me puse la inyección</translation>
    </message>
    <message>
        <source>Next saves the injection in your record at once.</source>
        <translation>Siguiente guarda la inyección en tu registro en ese mismo momento.</translation>
    </message>
    <message>
        <source>{0} into: {1}</source>
        <translation>{0} en: {1}</translation>
    </message>
    <message>
        <source>It was given {0} after the planned time, so it is noted as late, with both times kept.</source>
        <translation>Se puso {0} después de la hora prevista, así que queda anotada como tardía, con las dos horas guardadas.</translation>
    </message>
    <message>
        <source>It is {0} before the planned time, so it is noted as early, with both times kept.</source>
        <translation>Es {0} antes de la hora prevista, así que queda anotada como adelantada, con las dos horas guardadas.</translation>
    </message>
    <message>
        <source>Every injection of this course is already recorded.</source>
        <translation>Todas las inyecciones de este ciclo ya están registradas.</translation>
    </message>
    <message>
        <source>Every injection of this course is already recorded, so nothing more can be recorded.</source>
        <translation>Todas las inyecciones de este ciclo ya están registradas, así que no se puede registrar nada más.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Check the time and try again.</source>
        <translation>No se registró nada. Revisa la hora y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Do not record it</source>
        <translation>No registrarla</translation>
    </message>
    <message>
        <source>the morning injection of day {0}</source>
        <translation>la inyección de la mañana del día {0}</translation>
    </message>
    <message>
        <source>the evening injection of day {0}</source>
        <translation>la inyección de la noche del día {0}</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>The next one, {0}, is planned for {1}.</source>
        <translation>La siguiente, {0}, está prevista para el {1}.</translation>
    </message>
    <message>
        <source>Record it as given only if your doctor told you to.</source>
        <translation>Regístrala como puesta solo si tu médico te lo indicó.</translation>
    </message>
    <message>
        <source>Less than 8 hours apart?</source>
        <translation>¿Menos de 8 horas de separación?</translation>
    </message>
    <message>
        <source>Earlier than planned?</source>
        <translation>¿Antes de lo previsto?</translation>
    </message>
    <message>
        <source>Record it: my doctor told me to</source>
        <translation>Registrarla: mi médico me lo indicó</translation>
    </message>
    <message>
        <source>Nothing was recorded. If you have not given it, wait for its planned time; if you have, ask your doctor what to do next.</source>
        <translation>No se registró nada. Si no te la has puesto, espera a su hora prevista; si ya te la pusiste, pregunta a tu médico qué hacer ahora.</translation>
    </message>
    <message>
        <source>Another injection?</source>
        <translation>¿Otra inyección?</translation>
    </message>
    <message>
        <source>This session was opened for {0}, but an injection given at {1} is {2} (planned {3}). Record it as that one?</source>
        <translation>Esta sesión se abrió para {0}, pero una inyección puesta el {1} corresponde a {2} (prevista el {3}). ¿Registrarla como esa?</translation>
    </message>
    <message>
        <source>Record it so</source>
        <translation>Registrarla así</translation>
    </message>
    <message>
        <source>Another injection was recorded meanwhile. Nothing was recorded; press Next again to check.</source>
        <translation>Mientras tanto se registró otra inyección. No se registró nada; pulsa Siguiente otra vez para comprobarlo.</translation>
    </message>
    <message>
        <source>This injection was already recorded, so nothing more was written.</source>
        <translation>Esta inyección ya estaba registrada, así que no se escribió nada más.</translation>
    </message>
    <message>
        <source>This is recorded as {0} (planned {1}).</source>
        <translation>Se anota como {0} (prevista: {1}).</translation>
    </message>
    <message>
        <source>You recorded an injection on {0}.</source>
        <translation>Registraste una inyección el {0}.</translation>
    </message>
    <message>
        <source>Giving it on {0} is {1} after the other one: the two injections of a day are at least 8 hours apart.</source>
        <translation>Ponerla el {0} es {1} después de la otra: las dos inyecciones de un día van separadas al menos 8 horas.</translation>
    </message>
    <message>
        <source>Giving it on {0} is {1} before its planned time.</source>
        <translation>Ponerla el {0} es {1} antes de su hora prevista.</translation>
    </message>
    <message>
        <source>Tick “I have given the injection” when it is done. If you are not giving it now, use Cancel: nothing is recorded.</source>
        <translation>Marca «Ya me he puesto la inyección» cuando esté hecho. Si no te la vas a poner ahora, usa Cancelar: no se anota nada.</translation>
    </message>
    <message>
        <source>That time is still to come. Please give the time you injected.</source>
        <translation>Esa hora todavía no ha llegado. Escribe la hora a la que te inyectaste, por favor.</translation>
    </message>
</context>
<context>
    <name>LabChart</name>
    <message>
        <source>Chart of CD4 count and viral load over time</source>
        <translation>Gráfico del recuento de CD4 y la carga viral a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No CD4 counts yet.</source>
        <translation>Todavía no hay recuentos de CD4.</translation>
    </message>
    <message>
        <source>{0} CD4 counts; latest {1} cells/µL on {2}; {3} marked unreliable and shown hollow.</source>
        <translation>{0} recuentos de CD4; el último, {1} células/µL el {2}; {3} marcados como poco fiables y dibujados en hueco.</translation>
    </message>
    <message>
        <source>The chart appears when you add your first result.</source>
        <translation>El gráfico aparece cuando añades tu primer resultado.</translation>
    </message>
    <message>
        <source>CD4 cells/µL</source>
        <translation>CD4 células/µL</translation>
    </message>
    <message>
        <source>viral load copies/mL (log)</source>
        <translation>carga viral copias/mL (log)</translation>
    </message>
    <message>
        <source>CD4 count</source>
        <translation>Recuento de CD4</translation>
    </message>
    <message>
        <source>unreliable (soon after a course)</source>
        <translation>poco fiable (poco después de un ciclo)</translation>
    </message>
    <message>
        <source>viral load</source>
        <translation>carga viral</translation>
    </message>
    <message>
        <source>below the lab&apos;s limit</source>
        <translation>por debajo del límite del laboratorio</translation>
    </message>
    <message>
        <source>course</source>
        <translation>ciclo</translation>
    </message>
</context>
<context>
    <name>LabEntryForm</name>
    <message>
        <source>Add a result</source>
        <translation>Añadir un resultado</translation>
    </message>
    <message>
        <source>&amp;Save result</source>
        <translation>&amp;Guardar el resultado</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Guardar el resultado</translation>
    </message>
    <message>
        <source>&amp;Date drawn:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>for example 450</source>
        <translation>por ejemplo 450</translation>
    </message>
    <message>
        <source>CD4 &amp;count:</source>
        <translation>&amp;Recuento de CD4:</translation>
    </message>
    <message>
        <source>cells/µL</source>
        <translation>células/µL</translation>
    </message>
    <message>
        <source>for example 24</source>
        <translation>por ejemplo 24</translation>
    </message>
    <message>
        <source>CD4 &amp;percent:</source>
        <translation>&amp;Porcentaje de CD4:</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>No medido</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Undetectable</source>
        <translation>Indetectable</translation>
    </message>
    <message>
        <source>Below the lab&apos;s limit (&lt;)</source>
        <translation>Por debajo del límite del laboratorio (&lt;)</translation>
    </message>
    <message>
        <source>&amp;Viral load:</source>
        <translation>Carga &amp;viral:</translation>
    </message>
    <message>
        <source>Vi&amp;ral load number:</source>
        <translation>Cifra de carga vira&amp;l:</translation>
    </message>
    <message>
        <source>copies/mL</source>
        <translation>copias/mL</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>for example 50</source>
        <translation>por ejemplo 50</translation>
    </message>
    <message>
        <source>for example 12000</source>
        <translation>por ejemplo 12000</translation>
    </message>
    <message>
        <source>Please keep the note under {0} characters.</source>
        <translation>Escribe la nota con menos de {0} caracteres, por favor.</translation>
    </message>
</context>
<context>
    <name>LabsView</name>
    <message>
        <source>Lab results</source>
        <translation>Resultados de los análisis</translation>
    </message>
    <message>
        <source>CD4 count over time</source>
        <translation>Recuento de CD4 a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Results, newest first</source>
        <translation>Resultados, los más recientes primero</translation>
    </message>
    <message>
        <source>Lab results, newest first</source>
        <translation>Resultados de los análisis, los más recientes primero</translation>
    </message>
    <message>
        <source>De&amp;lete result…</source>
        <translation>&amp;Borrar el resultado…</translation>
    </message>
    <message>
        <source>Date drawn</source>
        <translation>Fecha de la extracción</translation>
    </message>
    <message>
        <source>CD4 count</source>
        <translation>Recuento de CD4</translation>
    </message>
    <message>
        <source>CD4 %</source>
        <translation>CD4 %</translation>
    </message>
    <message>
        <source>Viral load</source>
        <translation>Carga viral</translation>
    </message>
    <message>
        <source>Counts in trend?</source>
        <translation>¿Cuenta en la tendencia?</translation>
    </message>
    <message>
        <source>No lab results yet</source>
        <translation>Todavía no hay resultados de análisis</translation>
    </message>
    <message>
        <source>Add your CD4 count and viral load from each lab report. Blood work is due two weeks before each course; results drawn in the four weeks after a course are kept but marked, because the course still changes them.</source>
        <translation>Añade el recuento de CD4 y la carga viral de cada informe del laboratorio. El análisis toca dos semanas antes de cada ciclo; los resultados de las cuatro semanas después de un ciclo se guardan pero se marcan, porque el ciclo todavía los altera.</translation>
    </message>
    <message>
        <source>Delete the chosen result</source>
        <translation>Borrar el resultado elegido</translation>
    </message>
    <message>
        <source>To discuss with your doctor</source>
        <translation>Para hablar con tu médico</translation>
    </message>
    <message>
        <source>These are only suggestions. il2desk never changes your dose or your schedule by itself.</source>
        <translation>Son solo sugerencias. il2desk nunca cambia por sí solo tu dosis ni tu calendario.</translation>
    </message>
    <message>
        <source>{0} cells/µL</source>
        <translation>{0} células/µL</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ sí</translation>
    </message>
    <message>
        <source>Nothing to suggest right now.</source>
        <translation>Por ahora no hay nada que sugerir.</translation>
    </message>
    <message>
        <source>Delete result</source>
        <translation>Borrar el resultado</translation>
    </message>
    <message>
        <source>Delete the result drawn on {0}? It cannot be brought back.</source>
        <translation>¿Borrar el resultado del {0}? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerlo</translation>
    </message>
    <message>
        <source>Result deleted.</source>
        <translation>Resultado borrado.</translation>
    </message>
    <message>
        <source>Why marked: {0}</source>
        <translation>Por qué está marcado: {0}</translation>
    </message>
    <message>
        <source>Saved, and marked {0}. {1}</source>
        <translation>Guardado y marcado como {0}. {1}</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation>✓ Guardado.</translation>
    </message>
</context>
<context>
    <name>LateRemindersDialog</name>
    <message>
        <source>Reminders shown late</source>
        <translation>Avisos mostrados con retraso</translation>
    </message>
    <message>
        <source>These reminders came due while il2desk was closed or the computer was asleep, so they were shown later than planned. If you missed a dose or a pre-treatment, note it in your diary and tell your doctor.</source>
        <translation>Estos avisos tocaban mientras il2desk estaba cerrado o la computadora en reposo, así que se mostraron más tarde de lo previsto. Si te saltaste una dosis o una premedicación, anótalo en tu diario y díselo a tu médico.</translation>
    </message>
    <message>
        <source>Late reminders</source>
        <translation>Avisos con retraso</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>Tocaba</translation>
    </message>
    <message>
        <source>Shown at</source>
        <translation>Mostrado a las</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendido</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>No late reminders</source>
        <translation>No hay avisos con retraso</translation>
    </message>
    <message>
        <source>Every reminder so far was shown on time.</source>
        <translation>Hasta ahora, todos los avisos se mostraron a tiempo.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Choose what to see: Today, Courses, Settings and more</source>
        <translation>Elige qué ver: Hoy, Ciclos, Ajustes y más</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Recuperar una copia…</translation>
    </message>
    <message>
        <source>Export &amp;diary and labs for your doctor…</source>
        <translation>Exportar &amp;diario y análisis para tu médico…</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>&amp;Imprimir la lista…</translation>
    </message>
    <message>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xportar al calendario…</translation>
    </message>
    <message>
        <source>&amp;Visit report…</source>
        <translation>I&amp;nforme para la consulta…</translation>
    </message>
    <message>
        <source>A report of your courses, results and questions for your doctor</source>
        <translation>Un informe de tus ciclos, resultados y preguntas para tu médico</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Reminders shown late…</source>
        <translation>Avisos con &amp;retraso…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Emergency signs</source>
        <translation>&amp;Señales de alarma</translation>
    </message>
    <message>
        <source>&amp;About il2desk</source>
        <translation>&amp;Acerca de il2desk</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Recuperar una copia de seguridad</translation>
    </message>
    <message>
        <source>Print the checklist of the selected or next course</source>
        <translation>Imprimir la lista del ciclo elegido o del próximo</translation>
    </message>
    <message>
        <source>Plan a course first: there is no course to print yet.</source>
        <translation>Primero planifica un ciclo: todavía no hay ningún ciclo que imprimir.</translation>
    </message>
    <message>
        <source>Save the injection times as a file for your calendar program</source>
        <translation>Guardar las horas de las inyecciones en un archivo para tu programa de calendario</translation>
    </message>
    <message>
        <source>Plan a course first: there is nothing to put in a calendar yet.</source>
        <translation>Primero planifica un ciclo: todavía no hay nada que poner en un calendario.</translation>
    </message>
    <message>
        <source>il2desk keeps running here so it can remind you. To stop it, choose Quit in this icon&apos;s menu.</source>
        <translation>il2desk sigue funcionando aquí para poder avisarte. Para cerrarlo, elige Salir en el menú de este icono.</translation>
    </message>
    <message>
        <source>Keep il2desk running?</source>
        <translation>¿Dejar il2desk funcionando?</translation>
    </message>
    <message>
        <source>Reminders are planned. If il2desk is closed, they can only be shown late, the next time you open it.

Keep il2desk running, minimised?</source>
        <translation>Hay avisos planificados. Si cierras il2desk, solo podrán mostrarse con retraso, la próxima vez que lo abras.

¿Dejar il2desk funcionando, minimizado?</translation>
    </message>
    <message>
        <source>Keep running minimised</source>
        <translation>Seguir funcionando minimizado</translation>
    </message>
    <message>
        <source>Close il2desk</source>
        <translation>Cerrar il2desk</translation>
    </message>
</context>
<context>
    <name>MenuEntryAction</name>
    <message>
        <source>Remove il2desk from the applications &amp;menu</source>
        <translation>Quitar il2desk del &amp;menú de aplicaciones</translation>
    </message>
    <message>
        <source>Add il2desk to the applications &amp;menu</source>
        <translation>Añadir il2desk al &amp;menú de aplicaciones</translation>
    </message>
    <message>
        <source>Applications menu</source>
        <translation>Menú de aplicaciones</translation>
    </message>
    <message>
        <source>il2desk is no longer in your applications menu. Your record is kept.</source>
        <translation>il2desk ya no está en tu menú de aplicaciones. Tus datos se conservan.</translation>
    </message>
    <message>
        <source>il2desk is now in your applications menu. It may take a moment, or a new login, before your desktop shows it.</source>
        <translation>il2desk ya está en tu menú de aplicaciones. Puede que tu escritorio tarde un momento, o que necesites volver a iniciar sesión, para mostrarlo.</translation>
    </message>
    <message>
        <source>il2desk could not change your applications menu. Nothing else was changed.</source>
        <translation>il2desk no pudo cambiar tu menú de aplicaciones. No se cambió nada más.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Ciclos</translation>
    </message>
    <message>
        <source>S&amp;ites</source>
        <translation>&amp;Zonas</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Labs</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <source>Su&amp;pplies</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>A&amp;justes</translation>
    </message>
</context>
<context>
    <name>PastCourseDialog</name>
    <message>
        <source>Record a past course</source>
        <translation>Anotar un ciclo pasado</translation>
    </message>
    <message>
        <source>For a course you had before using il2desk. It is kept as completed, so your history is complete.</source>
        <translation>Para un ciclo que hiciste antes de usar il2desk. Se guarda como completado, para que tu historial esté completo.</translation>
    </message>
    <message>
        <source>First day of that course</source>
        <translation>Primer día de ese ciclo</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>Dose per injection, in million units</source>
        <translation>Dosis por inyección, en millones de unidades</translation>
    </message>
    <message>
        <source>&amp;Dose per injection (million units):</source>
        <translation>&amp;Dosis por inyección (millones de unidades):</translation>
    </message>
    <message>
        <source>&amp;Yes, this is the dose my doctor prescribed</source>
        <translation>&amp;Sí, esta es la dosis que me recetó mi médico</translation>
    </message>
    <message>
        <source>Confirm the unusual dose</source>
        <translation>Confirmar la dosis poco habitual</translation>
    </message>
    <message>
        <source>It was &amp;hard to tolerate</source>
        <translation>Fue difícil de &amp;tolerar</translation>
    </message>
    <message>
        <source>It was hard to tolerate</source>
        <translation>Fue difícil de tolerar</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>How it &amp;went (optional):</source>
        <translation>&amp;Cómo fue (opcional):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>PrecheckPage</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Tick each question your answer is “yes” to. Nothing here stops you from planning; a “yes” is something to talk over with your doctor first.</source>
        <translation>Marca cada pregunta a la que respondas «sí». Nada de esto te impide planificar; un «sí» es algo que conviene hablar antes con tu médico.</translation>
    </message>
</context>
<context>
    <name>PrefilledPage</name>
    <message>
        <source>Check the syringe&apos;s label</source>
        <translation>Revisa la etiqueta de la jeringa</translation>
    </message>
    <message>
        <source>Your syringe comes ready filled. Before anything else, read the dose printed on its label and type it below. No sums are needed.</source>
        <translation>Tu jeringa viene ya llena. Antes de nada, lee la dosis impresa en la etiqueta y escríbela abajo. No hace falta hacer cuentas.</translation>
    </message>
    <message>
        <source>Dose printed on the label</source>
        <translation>Dosis impresa en la etiqueta</translation>
    </message>
    <message>
        <source>In million units, as printed on the syringe&apos;s label</source>
        <translation>En millones de unidades, tal como aparece en la etiqueta de la jeringa</translation>
    </message>
    <message>
        <source>&amp;Dose on the label (million units):</source>
        <translation>&amp;Dosis de la etiqueta (millones de unidades):</translation>
    </message>
    <message>
        <source>Your dose for this injection: {0}</source>
        <translation>Tu dosis para esta inyección: {0}</translation>
    </message>
    <message>
        <source>for example {0}</source>
        <translation>por ejemplo {0}</translation>
    </message>
</context>
<context>
    <name>PreparationPage</name>
    <message>
        <source>Your syringes</source>
        <translation>Tus jeringas</translation>
    </message>
    <message>
        <source>How does your medicine come?</source>
        <translation>¿Cómo viene tu medicamento?</translation>
    </message>
    <message>
        <source>&amp;Pre-filled syringes, ready to use</source>
        <translation>Jeringas &amp;precargadas, listas para usar</translation>
    </message>
    <message>
        <source>Pre-filled syringes</source>
        <translation>Jeringas precargadas</translation>
    </message>
    <message>
        <source>A &amp;vial that I mix and draw from</source>
        <translation>Un &amp;vial que preparo y del que extraigo</translation>
    </message>
    <message>
        <source>A vial to mix</source>
        <translation>Un vial para preparar</translation>
    </message>
    <message>
        <source>Kind of syringe</source>
        <translation>Tipo de jeringa</translation>
    </message>
    <message>
        <source>&amp;Syringe I draw with:</source>
        <translation>&amp;Jeringa con la que extraigo:</translation>
    </message>
    <message>
        <source>Strength after mixing, in million units per mL</source>
        <translation>Concentración tras la mezcla, en millones de unidades por mL</translation>
    </message>
    <message>
        <source>S&amp;trength after mixing (million units per mL):</source>
        <translation>Co&amp;ncentración tras la mezcla (millones de unidades por mL):</translation>
    </message>
    <message>
        <source>Million units in the vial</source>
        <translation>Millones de unidades del vial</translation>
    </message>
    <message>
        <source>Or: million units in the v&amp;ial:</source>
        <translation>O bien: millones de unidades del v&amp;ial:</translation>
    </message>
    <message>
        <source>mL of diluent</source>
        <translation>mL de diluyente</translation>
    </message>
    <message>
        <source>and mL of &amp;diluent added:</source>
        <translation>y mL de &amp;diluyente añadidos:</translation>
    </message>
    <message>
        <source>&amp;Yes, this is the strength on the label or from my pharmacist</source>
        <translation>&amp;Sí, es la concentración de la etiqueta o la que me dio mi farmacéutico</translation>
    </message>
    <message>
        <source>The strength of the mixed vial comes from its label or your pharmacist. With it, your checklist and the injection session show the volume to draw.</source>
        <translation>La concentración del vial mezclado viene de su etiqueta o de tu farmacéutico. Con ella, tu lista y la sesión de inyección muestran el volumen que hay que extraer.</translation>
    </message>
    <message>
        <source>That makes about {value}. Vials hold a little extra, so the strength on the label can differ: please check it there.</source>
        <translation>Eso da unos {value}. Los viales llevan un poco de más, así que la concentración de la etiqueta puede ser otra: compruébala allí, por favor.</translation>
    </message>
    <message>
        <source>Please type the strength after mixing from the vial&apos;s label (or the million units in the vial and the mL of diluent).</source>
        <translation>Escribe la concentración tras la mezcla que pone la etiqueta del vial (o los millones de unidades del vial y los mL de diluyente), por favor.</translation>
    </message>
    <message>
        <source>Please check the strength against the label, then tick the box.</source>
        <translation>Comprueba la concentración con la etiqueta y marca la casilla, por favor.</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Prepare the syringe</source>
        <translation>Prepara la jeringa</translation>
    </message>
    <message>
        <source>First wash your hands, and clean the skin at the site with an alcohol swab.</source>
        <translation>Primero lávate las manos y limpia la piel de la zona con una toallita con alcohol.</translation>
    </message>
    <message>
        <source>Your dose: {0}</source>
        <translation>Tu dosis: {0}</translation>
    </message>
    <message>
        <source>When the syringe is ready, press Next: the ice pack goes on the site just before the injection.</source>
        <translation>Cuando la jeringa esté lista, pulsa Siguiente: la bolsa de hielo va sobre la zona justo antes de la inyección.</translation>
    </message>
    <message>
        <source>&amp;Guide me through preparing it…</source>
        <translation>&amp;Guíame para prepararla…</translation>
    </message>
    <message>
        <source>Guide me through preparing the syringe</source>
        <translation>Guíame para preparar la jeringa</translation>
    </message>
    <message>
        <source>Opens the step-by-step syringe preparation, with pictures</source>
        <translation>Abre la preparación de la jeringa paso a paso, con dibujos</translation>
    </message>
    <message>
        <source>✓ Syringe prepared: {0}, {1}.</source>
        <translation>✓ Jeringa preparada: {0}, {1}.</translation>
    </message>
    <message>
        <source>✓ Pre-filled syringe checked.</source>
        <translation>✓ Jeringa precargada revisada.</translation>
    </message>
    <message>
        <source>Use one pre-filled syringe. Check that its label shows {0}.</source>
        <translation>Usa una jeringa precargada. Comprueba que su etiqueta dice {0}.</translation>
    </message>
    <message>
        <source>Your course does not say the strength of the mixed vial or the syringe you use, so the volume cannot be worked out here. Follow the instructions from your pharmacist.</source>
        <translation>Tu ciclo no indica la concentración del vial preparado ni la jeringa que usas, así que aquí no se puede calcular el volumen. Sigue las indicaciones de tu farmacéutico.</translation>
    </message>
    <message>
        <source>From the vial mixed to {0}, draw {1} — {2} on your {3}.</source>
        <translation>Del vial preparado a {0}, extrae {1} — {2} en tu {3}.</translation>
    </message>
    <message>
        <source>That gives {0} ({1} from your dose).</source>
        <translation>Eso da {0} ({1} respecto a tu dosis).</translation>
    </message>
</context>
<context>
    <name>PretreatmentPage</name>
    <message>
        <source>Before the injection</source>
        <translation>Antes de la inyección</translation>
    </message>
    <message>
        <source>Did you take your antihistamine and ibuprofen?</source>
        <translation>¿Te has tomado el antihistamínico y el ibuprofeno?</translation>
    </message>
    <message>
        <source>Taking them before the injection makes the flu-like feelings (fever, chills, aches) milder.</source>
        <translation>Tomarlos antes de la inyección hace más leves los síntomas parecidos a la gripe (fiebre, escalofríos, dolores).</translation>
    </message>
    <message>
        <source>⚠ Good to know: some antihistamines do not mix well with HIV medicines called protease inhibitors. Check with your doctor or pharmacist which antihistamine is right for you.</source>
        <translation>⚠ Conviene saber: algunos antihistamínicos no combinan bien con los medicamentos para el VIH llamados inhibidores de la proteasa. Pregunta a tu médico o farmacéutico qué antihistamínico es el adecuado para ti.</translation>
    </message>
    <message>
        <source>&amp;Yes, I took them at:</source>
        <translation>Sí, me los &amp;tomé a las:</translation>
    </message>
    <message>
        <source>Yes, I took them</source>
        <translation>Sí, me los tomé</translation>
    </message>
    <message>
        <source>Time I took them</source>
        <translation>Hora a la que me los tomé</translation>
    </message>
    <message>
        <source>N&amp;ot this time (this is noted)</source>
        <translation>Esta vez &amp;no (quedará anotado)</translation>
    </message>
    <message>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <source>Please choose an answer: did you take them, or not this time?</source>
        <translation>Elige una respuesta, por favor: ¿te los tomaste o esta vez no?</translation>
    </message>
    <message>
        <source>That time is still to come. Please give the time you took them.</source>
        <translation>Esa hora todavía no ha llegado. Escribe la hora a la que te los tomaste, por favor.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>⚠ Your record is read-only here: you can look at it, back it up and export it, but nothing can be saved in it. Its file, its folder or its disk cannot be written, and il2desk does not change that by itself. Reminders are off until it can be saved again.</source>
        <translation>⚠ Aquí tus datos son de solo lectura: puedes verlos, hacer una copia de seguridad y exportarlos, pero no se puede guardar nada en ellos. No se puede escribir en su archivo, su carpeta o su disco, e il2desk no lo cambia por su cuenta. Los avisos están desactivados hasta que se pueda volver a guardar.</translation>
    </message>
    <message>
        <source>Your record is read-only here, so this cannot be saved. Nothing was changed. To save again, make its folder writable (or start il2desk with --data-dir and a folder you can write to).</source>
        <translation>Aquí tus datos son de solo lectura, así que esto no se puede guardar. No se ha cambiado nada. Para volver a guardar, permite escribir en su carpeta (o inicia il2desk con --data-dir y una carpeta en la que puedas escribir).</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminders</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Reminders waiting for an answer</source>
        <translation>Avisos que esperan una respuesta</translation>
    </message>
    <message>
        <source>Reminders shown &amp;late…</source>
        <translation>Avisos con &amp;retraso…</translation>
    </message>
    <message>
        <source>Reminders shown late</source>
        <translation>Avisos mostrados con retraso</translation>
    </message>
    <message>
        <source>…and {n} more. Dismiss these to see them.</source>
        <translation>…y {n} más. Descarta estos para verlos.</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>&amp;Start the session</source>
        <translation>&amp;Empezar la sesión</translation>
    </message>
    <message>
        <source>Snooze:</source>
        <translation>Posponer:</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Snooze {n} minutes</source>
        <translation>Posponer {n} minutos</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Descartar este aviso</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>&amp;Show il2desk</source>
        <translation>&amp;Mostrar il2desk</translation>
    </message>
    <message>
        <source>&amp;Quit il2desk</source>
        <translation>&amp;Salir de il2desk</translation>
    </message>
    <message>
        <source>il2desk: a reminder is waiting for you</source>
        <translation>il2desk: un recordatorio lo espera</translation>
    </message>
    <message>
        <source>il2desk: {n} reminders are waiting for you</source>
        <translation>il2desk: {n} recordatorios lo esperan</translation>
    </message>
</context>
<context>
    <name>SessionLauncher</name>
    <message>
        <source>Injection session</source>
        <translation>Sesión de inyección</translation>
    </message>
    <message>
        <source>This injection is already recorded, so there is no session to start for it.</source>
        <translation>Esta inyección ya está anotada, así que no hay ninguna sesión que empezar.</translation>
    </message>
    <message>
        <source>You noted {0}, a sign to call your doctor now. Has your doctor said to go on with the injections?</source>
        <translation>Anotaste {0}, una señal para llamar ahora a tu médico. ¿Tu médico te dijo que sigas con las inyecciones?</translation>
    </message>
    <message>
        <source>You noted {0}. With an infection, the next injection waits until it has cleared and your doctor says to go on. Has your doctor said to go on with the injections?</source>
        <translation>Anotaste {0}. Con una infección, la próxima inyección espera hasta que se haya curado y tu médico diga que sigas. ¿Te ha dicho tu médico que sigas con las inyecciones?</translation>
    </message>
    <message>
        <source>Has your doctor said to go on?</source>
        <translation>¿Tu médico te dijo que sigas?</translation>
    </message>
    <message>
        <source>Yes, go on</source>
        <translation>Sí, seguir</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>Go on with your injection session?</source>
        <translation>¿Seguir con tu sesión de inyección?</translation>
    </message>
    <message>
        <source>You stopped at step {0} of 7 of the {1} injection of day {2}. Nothing about it is recorded yet. Go on where you left off?</source>
        <translation>Te quedaste en el paso {0} de 7 de la inyección de la {1} del día {2}. Todavía no hay nada anotado. ¿Seguir donde lo dejaste?</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Parar la sesión</translation>
    </message>
</context>
<context>
    <name>SessionWizard</name>
    <message>
        <source>Injection session</source>
        <translation>Sesión de inyección</translation>
    </message>
    <message>
        <source>Morning injection, day {0}</source>
        <translation>Inyección de la mañana, día {0}</translation>
    </message>
    <message>
        <source>Evening injection, day {0}</source>
        <translation>Inyección de la noche, día {0}</translation>
    </message>
    <message>
        <source>Planned for {0}</source>
        <translation>Prevista para el {0}</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>Mar&amp;k as missed…</source>
        <translation>Marcar como &amp;perdida…</translation>
    </message>
    <message>
        <source>Mark this injection as missed</source>
        <translation>Marcar esta inyección como perdida</translation>
    </message>
    <message>
        <source>For an injection you will not take: it is kept in your record as missed, with your reason</source>
        <translation>Para una inyección que no vas a ponerte: queda en tu registro como perdida, con tu motivo</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Paso {0} de {1}: {2}</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Ya anotada</translation>
    </message>
    <message>
        <source>Mark as missed</source>
        <translation>Marcar como perdida</translation>
    </message>
    <message>
        <source>Why will you not take this injection? (for example: felt too unwell, no syringe at home) Your doctor may want to know.</source>
        <translation>¿Por qué no vas a ponerte esta inyección? (por ejemplo: te sentías demasiado mal, no tenías jeringa en casa) A tu médico le puede interesar saberlo.</translation>
    </message>
    <message>
        <source>This injection was already recorded, so nothing more was written.</source>
        <translation>Esta inyección ya estaba registrada, así que no se escribió nada más.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Nothing about this injection has been recorded yet; it stays planned. Stop the session?</source>
        <translation>Todavía no hay nada anotado de esta inyección; sigue planificada. ¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Your injection given on {0} is saved in your record. If you stop now, the steps after it that you have not done yet (ice pack, sharps container) are noted as not done. Stop the session?</source>
        <translation>Tu inyección puesta el {0} está guardada en tu registro. Si paras ahora, los pasos de después que aún no hayas hecho (bolsa de hielo, contenedor de objetos punzantes) quedan anotados como no hechos. ¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Go on with the session</source>
        <translation>Seguir con la sesión</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used once il2desk reopens its window. Reopen it now? Nothing you entered is lost.</source>
        <translation>El nuevo idioma se usará cuando il2desk vuelva a abrir su ventana. ¿Volver a abrirla ahora? No se pierde nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Reopen now</source>
        <translation>Volver a abrir ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Changes are saved as soon as you leave a field.</source>
        <translation>Los cambios se guardan en cuanto sales de un campo.</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Tus ajustes</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Yo&amp;ur name:</source>
        <translation>T&amp;u nombre:</translation>
    </message>
    <message>
        <source>Optional. Printed on the visit report for your doctor (File ▸ Visit report…).</source>
        <translation>Opcional. Se imprime en el informe para tu médico (Archivo ▸ Informe para la consulta…).</translation>
    </message>
    <message>
        <source>Your doctor</source>
        <translation>Tu médico</translation>
    </message>
    <message>
        <source>Doctor&apos;s &amp;name:</source>
        <translation>&amp;Nombre del médico:</translation>
    </message>
    <message>
        <source>Dr. Rivera</source>
        <translation>Dra. Rivera</translation>
    </message>
    <message>
        <source>&amp;Emergency phone number:</source>
        <translation>&amp;Teléfono de urgencias:</translation>
    </message>
    <message>
        <source>Injection times</source>
        <translation>Horas de las inyecciones</translation>
    </message>
    <message numerus="yes">
        <source> site(s)</source>
        <translation>
            <numerusform> zona</numerusform>
            <numerusform> zonas</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>The zone your injection times are in.</source>
        <translation>La zona horaria de las horas de tus inyecciones.</translation>
    </message>
    <message>
        <source>Usual &amp;morning injection:</source>
        <translation>Inyección de la &amp;mañana:</translation>
    </message>
    <message>
        <source>Usual e&amp;vening injection:</source>
        <translation>Inyección de la n&amp;oche:</translation>
    </message>
    <message>
        <source>Reminders and ice packs</source>
        <translation>Avisos y bolsas de hielo</translation>
    </message>
    <message>
        <source>&amp;Pre-treatment reminder, minutes before:</source>
        <translation>Aviso de &amp;premedicación, minutos antes:</translation>
    </message>
    <message>
        <source>When to remind you to take the antihistamine and ibuprofen.</source>
        <translation>Cuándo recordarte que tomes el antihistamínico y el ibuprofeno.</translation>
    </message>
    <message>
        <source>Ice pack &amp;before the injection:</source>
        <translation>Hielo &amp;antes de la inyección:</translation>
    </message>
    <message>
        <source>How long to hold the ice pack on the site before injecting.</source>
        <translation>Cuánto tiempo mantener la bolsa de hielo en la zona antes de inyectar.</translation>
    </message>
    <message>
        <source>Ice pack &amp;after the injection:</source>
        <translation>Hielo &amp;después de la inyección:</translation>
    </message>
    <message>
        <source>How long to hold the ice pack on the site after injecting.</source>
        <translation>Cuánto tiempo mantener la bolsa de hielo en la zona después de inyectar.</translation>
    </message>
    <message>
        <source>A &amp;separate ice-pack reminder before each injection</source>
        <translation>Un aviso &amp;separado para el hielo antes de cada inyección</translation>
    </message>
    <message>
        <source>Reminds you to put the ice pack on, the set minutes before the injection.</source>
        <translation>Te recuerda ponerte la bolsa de hielo los minutos indicados antes de la inyección.</translation>
    </message>
    <message>
        <source>Starting il2desk</source>
        <translation>Abrir il2desk</translation>
    </message>
    <message>
        <source>Start il2desk &amp;when I log in</source>
        <translation>Abrir il2desk al inicia&amp;r sesión</translation>
    </message>
    <message>
        <source>So reminders come even if you forget to open il2desk.</source>
        <translation>Así los avisos llegan aunque se te olvide abrir il2desk.</translation>
    </message>
    <message>
        <source>Calendar export</source>
        <translation>Exportar al calendario</translation>
    </message>
    <message>
        <source>Full: dose and steps in each event</source>
        <translation>Completo: dosis y pasos en cada evento</translation>
    </message>
    <message>
        <source>Discreet: only “Medication”, no dose</source>
        <translation>Discreto: solo «Medicación», sin dosis</translation>
    </message>
    <message>
        <source>What &amp;calendar events say:</source>
        <translation>Qué dicen los eventos del &amp;calendario:</translation>
    </message>
    <message>
        <source>A calendar you share with others is not private: choose discreet to leave the dose and health details out.</source>
        <translation>Un calendario que compartes con otras personas no es privado: elige discreto para no incluir la dosis ni datos de salud.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Makes all the text in il2desk bigger or smaller.</source>
        <translation>Hace más grande o más pequeño todo el texto de il2desk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>El mismo que la computadora</translation>
    </message>
    <message>
        <source>The language il2desk speaks.</source>
        <translation>El idioma en el que habla il2desk.</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Zonas de inyección</translation>
    </message>
    <message>
        <source>Use the area: {0}</source>
        <translation>Usar la zona: {0}</translation>
    </message>
    <message>
        <source>Areas you &amp;inject into:</source>
        <translation>Zonas donde te in&amp;yectas:</translation>
    </message>
    <message>
        <source>Switch off an area you cannot or do not want to use.</source>
        <translation>Desactiva una zona que no puedas o no quieras usar.</translation>
    </message>
    <message>
        <source>Areas you inject into</source>
        <translation>Zonas donde te inyectas</translation>
    </message>
    <message>
        <source>&amp;Rest the last used:</source>
        <translation>Descansar las ú&amp;ltimas usadas:</translation>
    </message>
    <message>
        <source>How many of the most recently used sites are not suggested next.</source>
        <translation>Cuántas de las zonas usadas más recientemente no se sugieren la próxima vez.</translation>
    </message>
    <message>
        <source>for example {example}</source>
        <translation>por ejemplo {example}</translation>
    </message>
    <message>
        <source>For example {example}.</source>
        <translation>Por ejemplo {example}.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation>✓ Guardado.</translation>
    </message>
</context>
<context>
    <name>SeverityGrid</name>
    <message>
        <source>Worst side effect by course day</source>
        <translation>Peor efecto secundario por día del ciclo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Course of {0}: {1}.</source>
        <translation>Ciclo del {0}: {1}.</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Día {0}</translation>
    </message>
    <message>
        <source>No course yet: the grid fills in as you note how you feel during a course.</source>
        <translation>Todavía no hay ciclos: la tabla se llena a medida que anotas cómo te sientes durante un ciclo.</translation>
    </message>
    <message>
        <source>hard to tolerate</source>
        <translation>difícil de tolerar</translation>
    </message>
    <message>
        <source>course</source>
        <translation>ciclo</translation>
    </message>
</context>
<context>
    <name>SharpsPage</name>
    <message>
        <source>Used syringe into the sharps container</source>
        <translation>La jeringa usada, al contenedor de agujas</translation>
    </message>
    <message>
        <source>After the injection, put the used syringe, needle first, straight into the sharps container. Do not put the cap back on the needle, and never put a used syringe in the household rubbish.</source>
        <translation>Después de la inyección, mete la jeringa usada directamente en el contenedor de agujas, con la aguja por delante. No vuelvas a ponerle el capuchón a la aguja y nunca tires una jeringa usada a la basura de casa.</translation>
    </message>
    <message>
        <source>The used syringe is in the sharps &amp;container</source>
        <translation>La jeringa usada está en el &amp;contenedor de agujas</translation>
    </message>
    <message>
        <source>Sharps</source>
        <translation>Agujas</translation>
    </message>
    <message>
        <source>Put the used syringe away safely</source>
        <translation>Guarda la jeringa usada de forma segura</translation>
    </message>
    <message>
        <source>Put the used syringe, needle first, into the sharps container. Do not put the cap back on the needle.</source>
        <translation>Mete la jeringa usada en el contenedor de agujas, con la aguja por delante. No vuelvas a ponerle el capuchón a la aguja.</translation>
    </message>
    <message>
        <source>The used syringe is in the &amp;sharps container</source>
        <translation>La &amp;jeringa usada está en el contenedor de agujas</translation>
    </message>
    <message>
        <source>The used syringe is in the sharps container</source>
        <translation>La jeringa usada está en el contenedor de agujas</translation>
    </message>
    <message>
        <source>After this, open the &amp;diary to note how I feel</source>
        <translation>Después, abrir el &amp;diario para anotar cómo me siento</translation>
    </message>
    <message>
        <source>Open the diary after this</source>
        <translation>Abrir el diario después</translation>
    </message>
    <message>
        <source>Shows the side-effect diary once the injection is recorded</source>
        <translation>Muestra el diario de efectos secundarios cuando la inyección quede registrada</translation>
    </message>
    <message>
        <source>Your injection is already saved in your record. Press Finish to close the session. If you feel unwell later, the emergency signs are one click away (Ctrl+E).</source>
        <translation>Tu inyección ya está guardada en tu registro. Pulsa Terminar para cerrar la sesión. Si más tarde te encuentras mal, las señales de alarma están a un clic (Ctrl+E).</translation>
    </message>
    <message>
        <source>A syringe going needle first into a yellow sharps container</source>
        <translation>Una jeringa entrando con la aguja por delante en un contenedor amarillo de agujas</translation>
    </message>
    <message>
        <source>Your sharps container is full. Close its lid firmly and do not put anything more in it. Ask your pharmacist, clinic or local council where full containers go in your area: rules differ from place to place. Then start a new container, and mark it in Supplies.</source>
        <translation>Tu contenedor de agujas está lleno. Cierra bien la tapa y no metas nada más. Pregunta en tu farmacia, tu centro de salud o tu ayuntamiento dónde se llevan los contenedores llenos en tu zona: las normas cambian de un sitio a otro. Luego empieza un contenedor nuevo y márcalo en Material.</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Choose the site</source>
        <translation>Elige la zona</translation>
    </message>
    <message>
        <source>Where will you inject?</source>
        <translation>¿Dónde te vas a inyectar?</translation>
    </message>
    <message>
        <source>The suggested site (★) has rested longest and has no open reaction. You may choose another: click it, or use Tab and the arrow keys, then Enter.</source>
        <translation>La zona sugerida (★) es la que más ha descansado y no tiene ninguna reacción abierta. Puedes elegir otra: haz clic en ella, o usa Tab y las flechas y luego Intro.</translation>
    </message>
    <message>
        <source>This site has an open reaction</source>
        <translation>Esta zona tiene una reacción abierta</translation>
    </message>
    <message>
        <source>{0} still has a reaction that has not healed. Injecting there again can make it worse. Use this site anyway?</source>
        <translation>{0} todavía tiene una reacción sin curar. Inyectarte ahí otra vez puede empeorarla. ¿Usar esta zona de todos modos?</translation>
    </message>
    <message>
        <source>Use this site</source>
        <translation>Usar esta zona</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Elegir otra</translation>
    </message>
    <message>
        <source>No site chosen yet.</source>
        <translation>Todavía no has elegido ninguna zona.</translation>
    </message>
    <message>
        <source>Chosen: {0}</source>
        <translation>Elegida: {0}</translation>
    </message>
    <message>
        <source>Please choose a site on the body map.</source>
        <translation>Elige una zona en el mapa del cuerpo, por favor.</translation>
    </message>
</context>
<context>
    <name>SitesView</name>
    <message>
        <source>Injection sites</source>
        <translation>Zonas de inyección</translation>
    </message>
    <message>
        <source>★ suggested next    (!) open reaction    orange: used in the last 3 days    yellow: used 4 to 7 days ago    blue: rested longer or not used yet    hatched: switched off in Settings</source>
        <translation>★ sugerida para la próxima    (!) reacción abierta    naranja: usada en los últimos 3 días    amarillo: usada hace 4 a 7 días    azul: descansa desde hace más o sin usar    rayado: desactivada en Ajustes</translation>
    </message>
    <message>
        <source>Choose a site on the map to see its history.</source>
        <translation>Elige una zona en el mapa para ver su historial.</translation>
    </message>
    <message>
        <source>Open reactions</source>
        <translation>Reacciones abiertas</translation>
    </message>
    <message>
        <source>&amp;Mark as healed</source>
        <translation>&amp;Marcar como curada</translation>
    </message>
    <message>
        <source>Mark the chosen reaction as healed</source>
        <translation>Marcar como curada la reacción elegida</translation>
    </message>
    <message>
        <source>Note a reaction</source>
        <translation>Anotar una reacción</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Kind of reaction</source>
        <translation>Tipo de reacción</translation>
    </message>
    <message>
        <source>optional, for example 2</source>
        <translation>opcional, por ejemplo 2</translation>
    </message>
    <message>
        <source>Size in centimetres</source>
        <translation>Tamaño en centímetros</translation>
    </message>
    <message>
        <source>How wide the reaction is, in cm</source>
        <translation>Lo ancha que es la reacción, en cm</translation>
    </message>
    <message>
        <source>Date noticed</source>
        <translation>Fecha en que la notaste</translation>
    </message>
    <message>
        <source>The day you first noticed it</source>
        <translation>El día en que la notaste por primera vez</translation>
    </message>
    <message>
        <source>for example: hard, itchy</source>
        <translation>por ejemplo: dura, pica</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Si&amp;ze (cm):</source>
        <translation>Tama&amp;ño (cm):</translation>
    </message>
    <message>
        <source>Noticed o&amp;n:</source>
        <translation>La notaste e&amp;l:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>&amp;Add reaction</source>
        <translation>&amp;Añadir la reacción</translation>
    </message>
    <message>
        <source>Add reaction</source>
        <translation>Añadir la reacción</translation>
    </message>
    <message>
        <source>&amp;Update the chosen reaction</source>
        <translation>&amp;Actualizar la reacción elegida</translation>
    </message>
    <message>
        <source>Update the chosen reaction</source>
        <translation>Actualizar la reacción elegida</translation>
    </message>
    <message>
        <source>Saves the kind, size and note above for the reaction chosen in the list</source>
        <translation>Guarda el tipo, el tamaño y la nota de arriba para la reacción elegida en la lista</translation>
    </message>
    <message>
        <source>A site with an open reaction is left out of the suggestions until you mark it healed. Lumps (nodules) can take months to go.</source>
        <translation>Una zona con una reacción abierta no se sugiere hasta que la marques como curada. Los bultos (nódulos) pueden tardar meses en irse.</translation>
    </message>
    <message>
        <source>Site details and reactions</source>
        <translation>Detalles y reacciones de la zona</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <source>switched off in Settings</source>
        <translation>desactivada en Ajustes</translation>
    </message>
    <message>
        <source>Suggested next: {0}</source>
        <translation>Sugerida para la próxima: {0}</translation>
    </message>
    <message>
        <source>Every site you use has an open reaction. Please discuss with your doctor where to inject next.</source>
        <translation>Todas las zonas que usas tienen una reacción abierta. Habla con tu médico sobre dónde inyectarte la próxima vez, por favor.</translation>
    </message>
    <message>
        <source>{0}: {1}, noted {2}</source>
        <translation>{0}: {1}, anotada el {2}</translation>
    </message>
    <message>
        <source>, {0} cm</source>
        <translation>, {0} cm</translation>
    </message>
    <message>
        <source>History of {0}:</source>
        <translation>Historial de {0}:</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> y {0} más</translation>
    </message>
    <message>
        <source>Injections: {0}{1}</source>
        <translation>Inyecciones: {0}{1}</translation>
    </message>
    <message>
        <source>No injections recorded here yet.</source>
        <translation>Todavía no hay inyecciones anotadas aquí.</translation>
    </message>
    <message>
        <source>healed {0}</source>
        <translation>curada el {0}</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>todavía abierta</translation>
    </message>
    <message>
        <source>{0}, noted {1}, {2}</source>
        <translation>{0}, anotada el {1}, {2}</translation>
    </message>
    <message>
        <source>Please keep the note under 200 characters.</source>
        <translation>Escribe la nota con menos de 200 caracteres, por favor.</translation>
    </message>
    <message>
        <source>That is very large for a skin reaction: please check the size, in centimetres. If a swelling really is this large, call your doctor.</source>
        <translation>Es muy grande para una reacción de la piel: revisa el tamaño, en centímetros. Si la hinchazón es de verdad así de grande, llama a tu médico.</translation>
    </message>
    <message>
        <source>That day has not come yet.</source>
        <translation>Ese día todavía no ha llegado.</translation>
    </message>
</context>
<context>
    <name>StopCourseDialog</name>
    <message>
        <source>Stop this course</source>
        <translation>Interrumpir este ciclo</translation>
    </message>
    <message>
        <source>Stop the course that began on {date}?</source>
        <translation>¿Interrumpir el ciclo que empezó el {date}?</translation>
    </message>
    <message>
        <source>What happens: the injection already given stays in your record.</source>
        <translation>Qué pasa: la inyección ya puesta se queda en tu registro.</translation>
    </message>
    <message>
        <source>What happens: the {given} injections already given stay in your record.</source>
        <translation>Qué pasa: las {given} inyecciones ya puestas se quedan en tu registro.</translation>
    </message>
    <message>
        <source>The injection still planned is marked “not given” (not “missed”); its reminders stop at once, and a calendar export shows it cancelled.</source>
        <translation>La inyección que quedaba se marca como «no puesta» (no «olvidada»); sus avisos se detienen enseguida y una exportación al calendario la muestra cancelada.</translation>
    </message>
    <message>
        <source>The {left} injections still planned are marked “not given” (not “missed”); their reminders stop at once, and a calendar export shows them cancelled.</source>
        <translation>Las {left} inyecciones que quedaban se marcan como «no puestas» (no «olvidadas»); sus avisos se detienen enseguida y una exportación al calendario las muestra canceladas.</translation>
    </message>
    <message>
        <source>Your diary entries and blood results keep this course.</source>
        <translation>Tus notas del diario y tus análisis siguen ligados a este ciclo.</translation>
    </message>
    <message>
        <source>Why did it stop?</source>
        <translation>¿Por qué se interrumpió?</translation>
    </message>
    <message>
        <source>&amp;Side effects</source>
        <translation>&amp;Efectos secundarios</translation>
    </message>
    <message>
        <source>An &amp;infection</source>
        <translation>Una in&amp;fección</translation>
    </message>
    <message>
        <source>My &amp;doctor decided</source>
        <translation>Lo decidió mi &amp;médico</translation>
    </message>
    <message>
        <source>&amp;Another reason</source>
        <translation>&amp;Otro motivo</translation>
    </message>
    <message>
        <source>A course stopped for side effects counts as hard to tolerate, so a lower dose for the next course will be suggested — discuss it with your doctor.</source>
        <translation>Un ciclo interrumpido por efectos secundarios cuenta como difícil de tolerar, así que se sugerirá una dosis menor para el siguiente ciclo: háblalo con tu médico.</translation>
    </message>
    <message>
        <source>&amp;When did it stop?</source>
        <translation>¿&amp;Cuándo se interrumpió?</translation>
    </message>
    <message>
        <source>When the course stopped</source>
        <translation>Cuándo se interrumpió el ciclo</translation>
    </message>
    <message>
        <source>S&amp;top the course</source>
        <translation>&amp;Interrumpir el ciclo</translation>
    </message>
    <message>
        <source>&amp;Keep the course</source>
        <translation>Ma&amp;ntener el ciclo</translation>
    </message>
    <message>
        <source>Please choose why the course stopped.</source>
        <translation>Elige por qué se interrumpió el ciclo, por favor.</translation>
    </message>
</context>
<context>
    <name>StrengthPage</name>
    <message>
        <source>The strength after mixing</source>
        <translation>La concentración después de preparar</translation>
    </message>
    <message>
        <source>Type the strength of the mixed medicine, in million units per mL, as the label or your pharmacist gives it.</source>
        <translation>Escribe la concentración del medicamento preparado, en millones de unidades por mL, tal como la da la etiqueta o tu farmacéutico.</translation>
    </message>
    <message>
        <source>From the &amp;label or my pharmacist</source>
        <translation>De la &amp;etiqueta o de mi farmacéutico</translation>
    </message>
    <message>
        <source>Strength from the label or pharmacist</source>
        <translation>Concentración de la etiqueta o del farmacéutico</translation>
    </message>
    <message>
        <source>I only &amp;know the vial amount and the diluent volume</source>
        <translation>S&amp;olo sé la cantidad del vial y el volumen de diluyente</translation>
    </message>
    <message>
        <source>Work out the strength</source>
        <translation>Calcular la concentración</translation>
    </message>
    <message>
        <source>&amp;Strength (million units per mL):</source>
        <translation>&amp;Concentración (millones de unidades por mL):</translation>
    </message>
    <message>
        <source>Strength in million units per mL</source>
        <translation>Concentración en millones de unidades por mL</translation>
    </message>
    <message>
        <source>&amp;Vial amount (million units):</source>
        <translation>Cantidad del &amp;vial (millones de unidades):</translation>
    </message>
    <message>
        <source>Vial amount in million units</source>
        <translation>Cantidad del vial en millones de unidades</translation>
    </message>
    <message>
        <source>&amp;Diluent added (mL):</source>
        <translation>&amp;Diluyente añadido (mL):</translation>
    </message>
    <message>
        <source>Diluent added in mL</source>
        <translation>Diluyente añadido en mL</translation>
    </message>
    <message>
        <source>Use the worked-out strength</source>
        <translation>Usar la concentración calculada</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>elige</translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> hora</numerusform>
            <numerusform> horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Usable for, after &amp;mixing:</source>
        <translation>Se puede usar, después de &amp;preparar:</translation>
    </message>
    <message>
        <source>How many hours the label or pharmacist says the mixed vial can be kept</source>
        <translation>Cuántas horas se puede guardar el vial preparado, según la etiqueta o el farmacéutico</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>D&amp;oses in this vial:</source>
        <translation>Dosis en este v&amp;ial:</translation>
    </message>
    <message>
        <source>How many doses your pharmacist said this vial gives, if known</source>
        <translation>Cuántas dosis da este vial según tu farmacéutico, si lo sabes</translation>
    </message>
    <message>
        <source>for example {0}</source>
        <translation>por ejemplo {0}</translation>
    </message>
    <message>
        <source>Worked out: {0}. {1}</source>
        <translation>Calculado: {0}. {1}</translation>
    </message>
    <message>
        <source>I &amp;checked the label and my pharmacist&apos;s instructions: they give no other strength, so use {0}.</source>
        <translation>He &amp;revisado la etiqueta y las indicaciones de mi farmacéutico: no dan otra concentración, así que usa {0}.</translation>
    </message>
    <message>
        <source>Please compare the worked-out strength with the label first. If the label gives a strength, choose “From the label” and type it.</source>
        <translation>Primero compara la concentración calculada con la etiqueta, por favor. Si la etiqueta da una concentración, elige «De la etiqueta» y escríbela.</translation>
    </message>
    <message>
        <source>Please enter how long the mixed vial can be kept, from its label or your pharmacist.</source>
        <translation>Escribe cuánto tiempo se puede guardar el vial preparado, según su etiqueta o tu farmacéutico.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Please check everything. Press “Save the course” to keep it, or “Back” to change something.</source>
        <translation>Revísalo todo, por favor. Pulsa «Guardar el ciclo» para guardarlo, o «Atrás» para cambiar algo.</translation>
    </message>
    <message>
        <source>Summary of the course</source>
        <translation>Resumen del ciclo</translation>
    </message>
</context>
<context>
    <name>SuppliesView</name>
    <message>
        <source>Supplies</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Your supplies</source>
        <translation>Tu material</translation>
    </message>
    <message>
        <source>Mixed vials</source>
        <translation>Viales preparados</translation>
    </message>
    <message>
        <source>Vials you mixed and have not thrown away. A vial past its time must not be used.</source>
        <translation>Viales que preparaste y todavía no has tirado. Un vial que ha pasado su tiempo no se debe usar.</translation>
    </message>
    <message>
        <source>No mixed vials. Vials you mix in the preparation steps appear here.</source>
        <translation>No hay viales preparados. Los viales que prepares en los pasos de preparación aparecen aquí.</translation>
    </message>
    <message>
        <source>Mark the chosen vial as &amp;thrown away</source>
        <translation>Marcar el vial elegido como &amp;tirado</translation>
    </message>
    <message>
        <source>Mark the chosen vial as thrown away</source>
        <translation>Marcar el vial elegido como tirado</translation>
    </message>
    <message>
        <source>What you have at home</source>
        <translation>Lo que tienes en casa</translation>
    </message>
    <message>
        <source>Counted for each injection: one syringe and two alcohol swabs when you mix from a vial (one swab with pre-filled syringes), and two pre-treatment pills. Mixing a dose here takes one syringe and one swab off the count, and a newly mixed vial one vial.</source>
        <translation>Por cada inyección se cuentan: una jeringa y dos toallitas con alcohol si preparas de un vial (una toallita con jeringas precargadas), y dos pastillas de premedicación. Preparar una dosis aquí descuenta una jeringa y una toallita, y un vial recién preparado, un vial.</translation>
    </message>
    <message>
        <source>&amp;Syringes:</source>
        <translation>&amp;Jeringas:</translation>
    </message>
    <message>
        <source>Syringes</source>
        <translation>Jeringas</translation>
    </message>
    <message>
        <source>&amp;Alcohol swabs:</source>
        <translation>T&amp;oallitas con alcohol:</translation>
    </message>
    <message>
        <source>Alcohol swabs</source>
        <translation>Toallitas con alcohol</translation>
    </message>
    <message>
        <source>Pre-treatment &amp;pills:</source>
        <translation>&amp;Pastillas de premedicación:</translation>
    </message>
    <message>
        <source>Pre-treatment pills (antihistamine and ibuprofen)</source>
        <translation>Pastillas de premedicación (antihistamínico e ibuprofeno)</translation>
    </message>
    <message>
        <source>&amp;Vials not yet mixed:</source>
        <translation>&amp;Viales sin preparar:</translation>
    </message>
    <message>
        <source>Vials at home not yet mixed</source>
        <translation>Viales en casa todavía sin preparar</translation>
    </message>
    <message>
        <source>Sharps container</source>
        <translation>Contenedor de agujas</translation>
    </message>
    <message>
        <source>&amp;Used syringes in it:</source>
        <translation>Jeringas &amp;usadas dentro:</translation>
    </message>
    <message>
        <source>Used syringes in the sharps container</source>
        <translation>Jeringas usadas en el contenedor de agujas</translation>
    </message>
    <message>
        <source>It h&amp;olds (0 if not known):</source>
        <translation>&amp;Capacidad (0 si no se sabe):</translation>
    </message>
    <message>
        <source>How many syringes the sharps container holds</source>
        <translation>Cuántas jeringas caben en el contenedor de agujas</translation>
    </message>
    <message>
        <source>I started a &amp;new, empty container</source>
        <translation>He empezado un contenedor &amp;nuevo y vacío</translation>
    </message>
    <message>
        <source>I started a new, empty sharps container</source>
        <translation>He empezado un contenedor de agujas nuevo y vacío</translation>
    </message>
    <message>
        <source>Practise preparing a syringe</source>
        <translation>Practicar la preparación de una jeringa</translation>
    </message>
    <message>
        <source>Walk through the preparation steps without injecting. Nothing is saved and no supplies are counted.</source>
        <translation>Recorre los pasos de preparación sin inyectarte. No se guarda nada ni se descuenta material.</translation>
    </message>
    <message>
        <source>Dose for the practice run, million units</source>
        <translation>Dosis para la práctica, en millones de unidades</translation>
    </message>
    <message>
        <source>for example {0}</source>
        <translation>por ejemplo {0}</translation>
    </message>
    <message>
        <source>&amp;Dose (million units):</source>
        <translation>&amp;Dosis (millones de unidades):</translation>
    </message>
    <message>
        <source>From a vial</source>
        <translation>De un vial</translation>
    </message>
    <message>
        <source>Pre-filled syringe</source>
        <translation>Jeringa precargada</translation>
    </message>
    <message>
        <source>Kind of syringe for the practice run</source>
        <translation>Tipo de jeringa para la práctica</translation>
    </message>
    <message>
        <source>Start a p&amp;ractice run</source>
        <translation>Empezar una p&amp;ráctica</translation>
    </message>
    <message>
        <source>Start a practice run</source>
        <translation>Empezar una práctica</translation>
    </message>
    <message>
        <source>Pre-treatment pills</source>
        <translation>Pastillas de premedicación</translation>
    </message>
    <message numerus="yes">
        <source>Your next course (starting {0}, %n injection(s) left)</source>
        <translation>
            <numerusform>tu próximo ciclo (empieza el {0}, queda %n inyección)</numerusform>
            <numerusform>tu próximo ciclo (empieza el {0}, quedan %n inyecciones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A course of %n injection(s)</source>
        <translation>
            <numerusform>un ciclo de %n inyección</numerusform>
            <numerusform>un ciclo de %n inyecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: you have {1}, it needs {2}</source>
        <translation>{0}: tienes {1} y hacen falta {2}</translation>
    </message>
    <message>
        <source>{0} would run out. {1}. Order more in good time.</source>
        <translation>Para {0} no te llegaría el material. {1}. Pide más con tiempo.</translation>
    </message>
    <message>
        <source>✓ {0}: you have enough.</source>
        <translation>✓ Para {0} tienes suficiente.</translation>
    </message>
    <message>
        <source>The container is full. Close its lid firmly and ask your pharmacist, clinic or local council where full containers go in your area: rules differ from place to place.</source>
        <translation>El contenedor está lleno. Cierra bien la tapa y pregunta en tu farmacia, tu centro de salud o tu ayuntamiento dónde se llevan los contenedores llenos en tu zona: las normas cambian de un sitio a otro.</translation>
    </message>
    <message>
        <source>Choose a vial in the list first.</source>
        <translation>Primero elige un vial de la lista.</translation>
    </message>
    <message>
        <source>Thrown away?</source>
        <translation>¿Tirado?</translation>
    </message>
    <message>
        <source>Mark the vial mixed {0} as thrown away? It leaves the list.</source>
        <translation>¿Marcar como tirado el vial preparado el {0}? Saldrá de la lista.</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Support and supplies</source>
        <translation>Apoyo y material</translation>
    </message>
    <message>
        <source>Tick what is already arranged. What you leave open stays on your Today page as a reminder.</source>
        <translation>Marca lo que ya está organizado. Lo que dejes sin marcar se queda en tu página Hoy como recordatorio.</translation>
    </message>
    <message>
        <source>Doctor&apos;s emergency number</source>
        <translation>Número de urgencias del médico</translation>
    </message>
    <message>
        <source>Doctor&apos;s &amp;emergency number:</source>
        <translation>&amp;Número de urgencias del médico:</translation>
    </message>
</context>
<context>
    <name>SyringePicture</name>
    <message>
        <source>Picture of the syringe</source>
        <translation>Dibujo de la jeringa</translation>
    </message>
    <message>
        <source>Picture of an empty {0}.</source>
        <translation>Dibujo de una {0} vacía.</translation>
    </message>
    <message>
        <source>Picture of a {0} filled to the {1}-unit mark.</source>
        <translation>Dibujo de una {0} llena hasta la marca de {1} unidades.</translation>
    </message>
    <message>
        <source>Picture of a {0} filled to the {1} mL mark.</source>
        <translation>Dibujo de una {0} llena hasta la marca de {1} mL.</translation>
    </message>
    <message>
        <source>Fill to {0} units</source>
        <translation>Llena hasta {0} unidades</translation>
    </message>
    <message>
        <source>Fill to {0} mL</source>
        <translation>Llena hasta {0} mL</translation>
    </message>
</context>
<context>
    <name>SyringePreparationWizard</name>
    <message>
        <source>Prepare your syringe</source>
        <translation>Prepara tu jeringa</translation>
    </message>
    <message>
        <source>Prepare your syringe (practice run: nothing is saved)</source>
        <translation>Prepara tu jeringa (práctica: no se guarda nada)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wash your hands</source>
        <translation>Lávate las manos</translation>
    </message>
    <message>
        <source>Wash your hands well with soap and warm water for at least 20 seconds, and dry them on a clean towel. Clear and wipe a table to work on.</source>
        <translation>Lávate bien las manos con agua tibia y jabón durante al menos 20 segundos y sécatelas con una toalla limpia. Despeja y limpia una mesa para trabajar.</translation>
    </message>
    <message>
        <source>Hands being washed under a tap</source>
        <translation>Unas manos lavándose bajo el grifo</translation>
    </message>
    <message>
        <source>Wipe the rubber stopper</source>
        <translation>Limpia el tapón de goma</translation>
    </message>
    <message>
        <source>Take the cap off the vial if it still has one. Wipe the rubber stopper with a new alcohol swab and let it dry. Do not touch it afterwards.</source>
        <translation>Quita la tapa del vial si todavía la tiene. Limpia el tapón de goma con una toallita con alcohol nueva y deja que se seque. No lo toques después.</translation>
    </message>
    <message>
        <source>An alcohol swab wiping the top of a vial</source>
        <translation>Una toallita con alcohol limpiando la parte de arriba de un vial</translation>
    </message>
    <message>
        <source>Add the diluent slowly</source>
        <translation>Añade el diluyente despacio</translation>
    </message>
    <message>
        <source>Draw up the amount of diluent your pharmacist told you. Push the needle through the stopper and let the liquid run slowly down the inside wall of the vial, not straight onto the powder.</source>
        <translation>Extrae la cantidad de diluyente que te indicó tu farmacéutico. Atraviesa el tapón con la aguja y deja que el líquido caiga despacio por la pared interior del vial, no directamente sobre el polvo.</translation>
    </message>
    <message>
        <source>A syringe adding liquid down the inside wall of a tilted vial</source>
        <translation>Una jeringa echando líquido por la pared interior de un vial inclinado</translation>
    </message>
    <message>
        <source>Swirl, do not shake</source>
        <translation>Gira suavemente, no agites</translation>
    </message>
    <message>
        <source>Swirl the vial gently until the powder has dissolved. Do not shake it: shaking makes foam and can spoil the medicine.</source>
        <translation>Gira el vial con suavidad hasta que el polvo se disuelva. No lo agites: al agitarlo se hace espuma y el medicamento se puede estropear.</translation>
    </message>
    <message>
        <source>A vial being swirled in circles; shaking is crossed out</source>
        <translation>Un vial girando en círculos; agitarlo aparece tachado</translation>
    </message>
    <message>
        <source>Check that it is clear</source>
        <translation>Comprueba que está transparente</translation>
    </message>
    <message>
        <source>Hold the vial up to the light. The liquid should be clear to slightly yellow, with no bits floating in it. If it is cloudy or has bits in it, do not use it: call your pharmacist.</source>
        <translation>Mira el vial a contraluz. El líquido debe ser transparente o un poco amarillento, sin nada flotando. Si está turbio o tiene partículas, no lo uses: llama a tu farmacéutico.</translation>
    </message>
    <message>
        <source>A clear vial held up to a light</source>
        <translation>Un vial transparente mirado a contraluz</translation>
    </message>
    <message>
        <source>The liquid is c&amp;lear, with nothing floating in it</source>
        <translation>El líquido es &amp;transparente, sin nada flotando</translation>
    </message>
    <message>
        <source>Remove air bubbles</source>
        <translation>Quita las burbujas de aire</translation>
    </message>
    <message>
        <source>With the needle still in the vial, tap the syringe so bubbles rise to the top, push them back into the vial, and draw again to your mark. Check the mark once more before taking the needle out.</source>
        <translation>Con la aguja todavía en el vial, da golpecitos a la jeringa para que las burbujas suban, empújalas de vuelta al vial y extrae otra vez hasta tu marca. Revisa la marca una vez más antes de sacar la aguja.</translation>
    </message>
    <message>
        <source>A finger tapping a syringe so air bubbles rise to the needle end</source>
        <translation>Un dedo dando golpecitos a una jeringa para que las burbujas suban hacia la aguja</translation>
    </message>
    <message>
        <source>No bubbles, and the syringe is &amp;filled to the mark</source>
        <translation>Sin &amp;burbujas, y la jeringa está llena hasta la marca</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation>Todavía no hay nada planificado</translation>
    </message>
    <message>
        <source>Plan your next course: the dose, the days and times, and what to have ready. It takes a few minutes.</source>
        <translation>Planifica tu próximo ciclo: la dosis, los días y las horas, y lo que debes tener preparado. Se tarda unos minutos.</translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation>&amp;Planificar un ciclo…</translation>
    </message>
    <message>
        <source>Plan a course</source>
        <translation>Planificar un ciclo</translation>
    </message>
    <message>
        <source>&amp;Start the injection session</source>
        <translation>&amp;Empezar la sesión de inyección</translation>
    </message>
    <message>
        <source>Start the injection session</source>
        <translation>Empezar la sesión de inyección</translation>
    </message>
    <message>
        <source>Stop this cou&amp;rse…</source>
        <translation>Interrumpir este &amp;ciclo…</translation>
    </message>
    <message>
        <source>Stop this course</source>
        <translation>Interrumpir este ciclo</translation>
    </message>
    <message>
        <source>&amp;Visit report for your doctor…</source>
        <translation>&amp;Informe para tu médico…</translation>
    </message>
    <message>
        <source>Still to arrange</source>
        <translation>Falta organizar</translation>
    </message>
    <message>
        <source>{0} (planned {1})</source>
        <translation>{0} (prevista el {1})</translation>
    </message>
    <message>
        <source>⚠ Not recorded yet: {0}. Tell il2desk what happened with “What happened?” in the yellow banner.</source>
        <translation>⚠ Sin registrar todavía: {0}. Cuéntale a il2desk qué pasó con «¿Qué pasó?» en el aviso amarillo.</translation>
    </message>
    <message numerus="yes">
        <source>Injection {n} of {total} — {dose} each (%n done)</source>
        <translation>
            <numerusform>Inyección {n} de {total} — {dose} cada una (%n hecha)</numerusform>
            <numerusform>Inyección {n} de {total} — {dose} cada una (%n hechas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your planned course</source>
        <translation>Tu ciclo planificado</translation>
    </message>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>No injection coming up</source>
        <translation>No hay ninguna inyección próxima</translation>
    </message>
    <message>
        <source>Every injection of this course is past. Record what was done in the Courses view.</source>
        <translation>Todas las inyecciones de este ciclo ya pasaron. Anota lo que hiciste en la vista Ciclos.</translation>
    </message>
    <message>
        <source>Pre-treatment in {countdown}, for the {time} injection</source>
        <translation>Premedicación dentro de {countdown}, para la inyección de las {time}</translation>
    </message>
    <message>
        <source>Injection in {countdown}, at {time}</source>
        <translation>Inyección dentro de {countdown}, a las {time}</translation>
    </message>
    <message>
        <source>The {time} injection was due {ago} ago</source>
        <translation>La inyección de las {time} tocaba hace {ago}</translation>
    </message>
    <message>
        <source>{day}: antihistamine and ibuprofen at {pre}, injection at {time}.</source>
        <translation>{day}: antihistamínico e ibuprofeno a las {pre}, inyección a las {time}.</translation>
    </message>
    <message>
        <source>These times are in {zone}, your course&apos;s time zone; this computer is now in {system}.</source>
        <translation>Estas horas están en {zone}, la zona horaria de tu ciclo; esta computadora está ahora en {system}.</translation>
    </message>
    <message>
        <source>Course from {start} to {end} — {dose} each</source>
        <translation>Ciclo del {start} al {end} — {dose} cada inyección</translation>
    </message>
    <message>
        <source>This course: {state}.</source>
        <translation>Este ciclo: {state}.</translation>
    </message>
    <message>
        <source>The course that began on {start}: {state}. The injections it still had are marked “not given”, and their reminders have stopped.</source>
        <translation>El ciclo que empezó el {start}: {state}. Las inyecciones que le quedaban están marcadas como «no puestas» y sus avisos se han detenido.</translation>
    </message>
    <message>
        <source>Blood test: due {date} (booked).</source>
        <translation>Análisis de sangre: para el {date} (con cita).</translation>
    </message>
    <message>
        <source>Blood test: it was due {date}. Please ask for it as soon as you can.</source>
        <translation>Análisis de sangre: tocaba el {date}. Pídelo lo antes que puedas.</translation>
    </message>
    <message>
        <source>Blood test: due {date}. Remember to book it.</source>
        <translation>Análisis de sangre: para el {date}. Acuérdate de pedir cita.</translation>
    </message>
</context>
<context>
    <name>UnrecordedDialog</name>
    <message>
        <source>What happened to these injections?</source>
        <translation>¿Qué pasó con estas inyecciones?</translation>
    </message>
    <message>
        <source>Their time has passed and nothing is recorded for them (il2desk was closed, or the computer was asleep). Tell il2desk what happened, so your record is right; you can also answer later.</source>
        <translation>Ya pasó su hora y no hay nada registrado para ellas (il2desk estaba cerrado o la computadora en reposo). Cuéntale a il2desk qué pasó para que tu registro sea correcto; también puedes responder más tarde.</translation>
    </message>
    <message>
        <source>&amp;Save the answers</source>
        <translation>&amp;Guardar las respuestas</translation>
    </message>
    <message>
        <source>Answer &amp;later</source>
        <translation>Responder &amp;más tarde</translation>
    </message>
    <message>
        <source>Told afterwards</source>
        <translation>Indicado después</translation>
    </message>
    <message>
        <source>That time is still to come. Please give the time you injected.</source>
        <translation>Esa hora todavía no ha llegado. Escribe la hora a la que te la pusiste, por favor.</translation>
    </message>
    <message>
        <source>Nothing was recorded for this one.</source>
        <translation>No se registró nada para esta.</translation>
    </message>
    <message>
        <source>The course was stopped</source>
        <translation>Se paró el ciclo</translation>
    </message>
    <message>
        <source>Was the course stopped because of side effects? (Your doctor may then suggest a lower dose next time.)</source>
        <translation>¿Se paró el ciclo por los efectos secundarios? (Entonces tu médico puede proponerte una dosis más baja la próxima vez.)</translation>
    </message>
    <message>
        <source>Yes, side effects</source>
        <translation>Sí, por efectos secundarios</translation>
    </message>
    <message>
        <source>No, another reason</source>
        <translation>No, por otro motivo</translation>
    </message>
</context>
<context>
    <name>UnrecordedRow</name>
    <message>
        <source>1 injection is past its time with nothing recorded.</source>
        <translation>A 1 inyección ya se le pasó la hora y no tiene nada registrado.</translation>
    </message>
    <message>
        <source>{n} injections are past their time with nothing recorded.</source>
        <translation>A {n} inyecciones ya se les pasó la hora y no tienen nada registrado.</translation>
    </message>
    <message>
        <source>&amp;What happened?…</source>
        <translation>¿&amp;Qué pasó?…</translation>
    </message>
    <message>
        <source>Tell what happened to these injections</source>
        <translation>Contar qué pasó con estas inyecciones</translation>
    </message>
    <message>
        <source>Morning injection, day {0}</source>
        <translation>Inyección de la mañana, día {0}</translation>
    </message>
    <message>
        <source>Evening injection, day {0}</source>
        <translation>Inyección de la noche, día {0}</translation>
    </message>
    <message>
        <source>{0} — planned {1}</source>
        <translation>{0} — prevista el {1}</translation>
    </message>
    <message>
        <source>I gave it, at:</source>
        <translation>Me la puse, el:</translation>
    </message>
    <message>
        <source>I gave it ({0})</source>
        <translation>Me la puse ({0})</translation>
    </message>
    <message>
        <source>When I gave it</source>
        <translation>Cuándo me la puse</translation>
    </message>
    <message>
        <source>Where I gave it</source>
        <translation>Dónde me la puse</translation>
    </message>
    <message>
        <source>Site not noted</source>
        <translation>Zona sin anotar</translation>
    </message>
    <message>
        <source>I missed it</source>
        <translation>No me la puse</translation>
    </message>
    <message>
        <source>I missed it ({0})</source>
        <translation>No me la puse ({0})</translation>
    </message>
    <message>
        <source>Why (optional; your doctor may want to know)</source>
        <translation>Por qué (opcional; a tu médico le puede interesar)</translation>
    </message>
    <message>
        <source>Why I missed it</source>
        <translation>Por qué no me la puse</translation>
    </message>
    <message>
        <source>Not given — the course was stopped</source>
        <translation>No me la puse: se paró el ciclo</translation>
    </message>
    <message>
        <source>Not given, the course was stopped ({0})</source>
        <translation>No me la puse, se paró el ciclo ({0})</translation>
    </message>
    <message>
        <source>Answer later</source>
        <translation>Responder más tarde</translation>
    </message>
    <message>
        <source>Answer later ({0})</source>
        <translation>Responder más tarde ({0})</translation>
    </message>
</context>
<context>
    <name>VialChoicePage</name>
    <message>
        <source>Which vial?</source>
        <translation>¿Qué vial?</translation>
    </message>
    <message>
        <source>Mix a new vial, or draw from one you mixed before if it is still within the time on its label.</source>
        <translation>Prepara un vial nuevo, o extrae de uno que preparaste antes si todavía está dentro del tiempo de su etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Mix a new vial</source>
        <translation>&amp;Preparar un vial nuevo</translation>
    </message>
    <message>
        <source>Mix a new vial</source>
        <translation>Preparar un vial nuevo</translation>
    </message>
    <message>
        <source>&amp;Use a vial I mixed before:</source>
        <translation>&amp;Usar un vial que preparé antes:</translation>
    </message>
    <message>
        <source>Use a vial I mixed before</source>
        <translation>Usar un vial que preparé antes</translation>
    </message>
    <message>
        <source>Vials mixed before</source>
        <translation>Viales preparados antes</translation>
    </message>
    <message>
        <source>Mark this vial as &amp;thrown away</source>
        <translation>Marcar este vial como &amp;tirado</translation>
    </message>
    <message>
        <source>Mark this vial as thrown away</source>
        <translation>Marcar este vial como tirado</translation>
    </message>
    <message>
        <source>Mixed {0} · {1} · {2} · {3}</source>
        <translation>Preparado {0} · {1} · {2} · {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n dose(s) drawn</source>
        <translation>
            <numerusform>%n dosis extraída</numerusform>
            <numerusform>%n dosis extraídas</numerusform>
        </translation>
    </message>
    <message>
        <source>This vial is past the time on its label or the one your pharmacist gave. Do not draw from it: throw it away as your pharmacist told you, and mix a new vial.</source>
        <translation>Este vial ha pasado el tiempo de su etiqueta o el que te dio tu farmacéutico. No extraigas de él: tíralo como te indicó tu farmacéutico y prepara un vial nuevo.</translation>
    </message>
</context>
<context>
    <name>VialTableModel</name>
    <message>
        <source>Mixed</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Usable until</source>
        <translation>Se puede usar hasta</translation>
    </message>
    <message>
        <source>Doses drawn</source>
        <translation>Dosis extraídas</translation>
    </message>
    <message>
        <source>Doses left</source>
        <translation>Dosis que quedan</translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <source>Visit report</source>
        <translation>Informe para la consulta</translation>
    </message>
    <message>
        <source>Visit report for your doctor</source>
        <translation>Informe para tu médico</translation>
    </message>
    <message>
        <source>A report for your doctor</source>
        <translation>Un informe para tu médico</translation>
    </message>
    <message>
        <source>One or two pages with your courses, blood results and side effects, and the questions to discuss. Take it to your next appointment. It holds health information: keep it private.</source>
        <translation>Una o dos páginas con tus ciclos, tus análisis y tus efectos secundarios, y las preguntas para hablar. Llévalo a tu próxima cita. Contiene información de salud: guárdalo en privado.</translation>
    </message>
    <message>
        <source>Since the course before last</source>
        <translation>Desde el penúltimo ciclo</translation>
    </message>
    <message>
        <source>The last 6 months</source>
        <translation>Los últimos 6 meses</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Fechas que elijo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Del:</translation>
    </message>
    <message>
        <source>Your own questions for the doctor</source>
        <translation>Tus propias preguntas para el médico</translation>
    </message>
    <message>
        <source>One question a line, for example: Can I travel between two courses?</source>
        <translation>Una pregunta por línea, por ejemplo: ¿Puedo viajar entre dos ciclos?</translation>
    </message>
    <message>
        <source>Your &amp;questions:</source>
        <translation>Tus &amp;preguntas:</translation>
    </message>
    <message>
        <source>Pre&amp;view and print…</source>
        <translation>&amp;Vista previa e imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The first day must come before the last.</source>
        <translation>El primer día tiene que ser antes que el último.</translation>
    </message>
    <message>
        <source>Save the visit report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>The visit report is saved in {path}. It holds health information: keep it private.</source>
        <translation>El informe está guardado en {path}. Contiene información de salud: guárdalo en privado.</translation>
    </message>
</context>
<context>
    <name>VisitReportPreview</name>
    <message>
        <source>Print the visit report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>Print preview of the visit report</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the visit report as a PDF file</source>
        <translation>Guardar el informe como archivo PDF</translation>
    </message>
    <message>
        <source>Printing did not work</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>The printer reported a problem, so the report may not have been printed. Check that the printer is on and has paper, then try again, or save the report as a PDF.</source>
        <translation>La impresora avisó de un problema, así que puede que el informe no se haya impreso. Comprueba que la impresora está encendida y tiene papel y vuelve a intentarlo, o guarda el informe como PDF.</translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>First day of the course</source>
        <translation>Primer día del ciclo</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>Yes, my doctor wants this course to start sooner than the interval</source>
        <translation>Sí, mi médico quiere que este ciclo empiece antes de que pase el intervalo</translation>
    </message>
    <message>
        <source>We suggest a Wednesday. {reason}</source>
        <translation>Te sugerimos un miércoles. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) after your last course, which began on {date}.</source>
        <translation>
            <numerusform>%n semana después de tu último ciclo, que empezó el {date}.</numerusform>
            <numerusform>%n semanas después de tu último ciclo, que empezó el {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <source>Days of injections</source>
        <translation>Días de inyecciones</translation>
    </message>
    <message>
        <source>&amp;Days of injections:</source>
        <translation>&amp;Días de inyecciones:</translation>
    </message>
    <message>
        <source>Twice a day (morning and evening)</source>
        <translation>Dos veces al día (mañana y noche)</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Una vez al día</translation>
    </message>
    <message>
        <source>Injections per day</source>
        <translation>Inyecciones al día</translation>
    </message>
    <message>
        <source>Injections &amp;per day:</source>
        <translation>&amp;Inyecciones por día:</translation>
    </message>
    <message>
        <source>Morning injection time</source>
        <translation>Hora de la inyección de la mañana</translation>
    </message>
    <message>
        <source>&amp;Morning injection:</source>
        <translation>Inyección de la &amp;mañana:</translation>
    </message>
    <message>
        <source>Evening injection time</source>
        <translation>Hora de la inyección de la noche</translation>
    </message>
    <message>
        <source>&amp;Evening injection:</source>
        <translation>Inyección de la &amp;noche:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> semana</numerusform>
            <numerusform> semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n injection(s)</source>
        <translation>
            <numerusform>Tu %n inyección</numerusform>
            <numerusform>Tus %n inyecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks from this course to the next</source>
        <translation>Semanas entre este ciclo y el siguiente</translation>
    </message>
    <message>
        <source>Next &amp;course after:</source>
        <translation>Siguiente ciclo den&amp;tro de:</translation>
    </message>
    <message>
        <source>Your 10 injections</source>
        <translation>Tus 10 inyecciones</translation>
    </message>
    <message>
        <source>&amp;Injection time:</source>
        <translation>&amp;Hora de la inyección:</translation>
    </message>
    <message>
        <source>Injection time</source>
        <translation>Hora de la inyección</translation>
    </message>
    <message>
        <source>Choose a time zone from the list to see the times.</source>
        <translation>Elige una zona horaria de la lista para ver las horas.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>The clocks go forward that night: {asked} does not exist, so this one is at {time}.</source>
        <translation>Esa noche se adelantan los relojes: las {asked} no existen, así que esta es a las {time}.</translation>
    </message>
    <message>
        <source>The clocks go back that night: {time} happens twice; this is the first one.</source>
        <translation>Esa noche se atrasan los relojes: las {time} ocurren dos veces; esta es la primera.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} es una carpeta; indica un nombre de archivo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it was not replaced. Nothing was written.</source>
        <translation>{file} es de solo lectura, así que no se sustituyó. No se escribió nada.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Please free some space or choose another place.</source>
        <translation>El disco está lleno: no se escribió nada. Libera algo de espacio o elige otro lugar, por favor.</translation>
    </message>
    <message>
        <source>The backup could not be written to {file}: {error}. Nothing was written.</source>
        <translation>No se pudo escribir la copia de seguridad en {file}: {error}. No se escribió nada.</translation>
    </message>
    <message>
        <source>Backup saved to {file}. It holds health information: keep it private.</source>
        <translation>Copia de seguridad guardada en {file}. Contiene información de salud: guárdala en privado.</translation>
    </message>
    <message>
        <source>the course number (as `il2desk course list` shows)</source>
        <translation>el número del ciclo (como lo muestra `il2desk course list`)</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>dónde guardar el PDF</translation>
    </message>
    <message>
        <source>paper size (default: the usual one where you live)</source>
        <translation>tamaño del papel (por defecto: el habitual donde vives)</translation>
    </message>
    <message>
        <source>“{file}” should end in .pdf.</source>
        <translation>«{file}» debe terminar en .pdf.</translation>
    </message>
    <message>
        <source>Wrote the checklist to {file}</source>
        <translation>Lista del ciclo guardada en {file}</translation>
    </message>
    <message>
        <source>exit codes (every command):
  0  done
  1  failed: the record or a file could not be read or written (one line says why)
  2  bad input: an option or value was refused; nothing was written</source>
        <translation>códigos de salida (todos los comandos):
  0  hecho
  1  error: no se pudieron leer o escribir tus datos o un archivo (una línea dice por qué)
  2  entrada no válida: se rechazó una opción o un valor; no se escribió nada</translation>
    </message>
    <message>
        <source>The record could not be read or written ({error}). Nothing was saved.</source>
        <translation>No se pudieron leer o escribir tus datos ({error}). No se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot open the record: {problem}</source>
        <translation>No se pueden abrir tus datos: {problem}</translation>
    </message>
    <message>
        <source>an empty path; please give a file or folder name</source>
        <translation>una ruta vacía; indica el nombre de un archivo o de una carpeta, por favor</translation>
    </message>
    <message>
        <source>“{text}” is not a date; please write it as YYYY-MM-DD, e.g. 2027-02-03</source>
        <translation>«{text}» no es una fecha; escríbela como AAAA-MM-DD, por ejemplo 2027-02-03</translation>
    </message>
    <message>
        <source>{text} is out of range; please give a year between {first} and {last}</source>
        <translation>{text} está fuera de rango; indica un año entre {first} y {last}, por favor</translation>
    </message>
    <message>
        <source>“{text}” is not a time like 08:00</source>
        <translation>«{text}» no es una hora como 08:00</translation>
    </message>
    <message>
        <source>empty; please give a time zone such as Europe/Paris</source>
        <translation>vacía; indica una zona horaria como Europe/Madrid, por favor</translation>
    </message>
    <message>
        <source>“{text}” is not a known time zone; please give one such as Europe/Paris</source>
        <translation>«{text}» no es una zona horaria conocida; indica una como Europe/Madrid, por favor</translation>
    </message>
    <message>
        <source>“{text}” is not a course number</source>
        <translation>«{text}» no es un número de ciclo</translation>
    </message>
    <message>
        <source>{text} is out of range; `il2desk course list` shows the course numbers</source>
        <translation>{text} está fuera de rango; `il2desk course list` muestra los números de los ciclos</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <source>{text} is out of range; please give {low} to {high}</source>
        <translation>{text} está fuera de rango; indica de {low} a {high}, por favor</translation>
    </message>
    <message>
        <source>{problem} (see `{command} --help`)</source>
        <translation>{problem} (consulta `{command} --help`)</translation>
    </message>
    <message>
        <source>There is no course number {number}; `il2desk course list` shows them.</source>
        <translation>No hay ningún ciclo con el número {number}; `il2desk course list` los muestra.</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>plan a course: 5 days of 2 injections, or the days and injections per day your doctor set</source>
        <translation>planificar un ciclo: 5 días de 2 inyecciones, o los días e inyecciones al día que fijó tu médico</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <source>dose per injection in million units, e.g. 4.5</source>
        <translation>dosis por inyección en millones de unidades, por ejemplo 4.5</translation>
    </message>
    <message>
        <source>morning time (default: settings)</source>
        <translation>hora de la mañana (por defecto: la de Ajustes)</translation>
    </message>
    <message>
        <source>evening time (default: settings)</source>
        <translation>hora de la noche (por defecto: la de Ajustes)</translation>
    </message>
    <message>
        <source>IANA time zone such as Europe/Paris (default: settings)</source>
        <translation>zona horaria IANA como Europe/Madrid (por defecto: la de Ajustes)</translation>
    </message>
    <message>
        <source>weeks to the next course (default 8)</source>
        <translation>semanas hasta el próximo ciclo (por defecto 8)</translation>
    </message>
    <message>
        <source>pre-filled syringes (default)</source>
        <translation>jeringas precargadas (por defecto)</translation>
    </message>
    <message>
        <source>vial: million units per mL after mixing (needs --syringe)</source>
        <translation>vial: millones de unidades por mL después de mezclar (necesita --syringe)</translation>
    </message>
    <message>
        <source>syringe kind: {kinds}</source>
        <translation>tipo de jeringa: {kinds}</translation>
    </message>
    <message>
        <source>the unusual dose really is what the doctor prescribed (rule R2)</source>
        <translation>la dosis poco habitual es de verdad la que recetó tu médico (regla R2)</translation>
    </message>
    <message>
        <source>the start closer than the interval to the last course is what the doctor wants (rule R4)</source>
        <translation>empezar antes de que pase el intervalo desde el último ciclo es lo que quiere tu médico (regla R4)</translation>
    </message>
    <message>
        <source>days of injections (default 5; 1 to 5, up to 28 for a low daily dose)</source>
        <translation>días de inyecciones (por defecto 5; de 1 a 5, hasta 28 con una dosis diaria baja)</translation>
    </message>
    <message>
        <source>injections per day (default 2)</source>
        <translation>inyecciones al día (por defecto 2)</translation>
    </message>
    <message>
        <source>with --per-day 1: the time of the day&apos;s injection</source>
        <translation>con --per-day 1: la hora de la inyección del día</translation>
    </message>
    <message>
        <source>print the courses</source>
        <translation>mostrar los ciclos</translation>
    </message>
    <message>
        <source>stop a course that has begun, early (rule R17)</source>
        <translation>detener antes de tiempo un ciclo que ya empezó (regla R17)</translation>
    </message>
    <message>
        <source>the course&apos;s number (see course list)</source>
        <translation>el número del ciclo (consulta course list)</translation>
    </message>
    <message>
        <source>why: {reasons}</source>
        <translation>por qué: {reasons}</translation>
    </message>
    <message>
        <source>when it stopped, in the course&apos;s time zone (default: now)</source>
        <translation>cuándo se detuvo, en la zona horaria del ciclo (por defecto: ahora)</translation>
    </message>
    <message>
        <source>cancel a course that has not begun</source>
        <translation>cancelar un ciclo que no ha empezado</translation>
    </message>
    <message>
        <source>a course&apos;s state and each injection&apos;s state</source>
        <translation>el estado de un ciclo y el de cada inyección</translation>
    </message>
    <message>
        <source>{state} on {moment}</source>
        <translation>{state} el {moment}</translation>
    </message>
    <message>
        <source>Reason “{reason}”: please write one of {choices}.</source>
        <translation>Motivo «{reason}»: escribe uno de estos, por favor: {choices}.</translation>
    </message>
    <message>
        <source>“{text}” is not a moment; please write it as &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>«{text}» no es un momento; escríbelo como &quot;AAAA-MM-DD HH:MM&quot;, por favor.</translation>
    </message>
    <message>
        <source>Course {number}: {problem}</source>
        <translation>Ciclo {number}: {problem}</translation>
    </message>
    <message>
        <source>Course {number}: {state}.</source>
        <translation>Ciclo {number}: {state}.</translation>
    </message>
    <message numerus="yes">
        <source>%n given (kept)</source>
        <translation>
            <numerusform>%n puesta (se conserva)</numerusform>
            <numerusform>%n puestas (se conservan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not given; their reminders are withdrawn.</source>
        <translation>
            <numerusform>%n no puesta; su aviso se retira.</numerusform>
            <numerusform>%n no puestas; sus avisos se retiran.</numerusform>
        </translation>
    </message>
    <message>
        <source>It counts as hard to tolerate: a lower dose for the next course will be suggested — discuss it with your doctor.</source>
        <translation>Cuenta como difícil de tolerar: para el próximo ciclo se sugerirá una dosis más baja; coméntalo con tu médico.</translation>
    </message>
    <message>
        <source>Course {number} ({start}) is cancelled; it stays in your history and its injections will not be given.</source>
        <translation>El ciclo {number} ({start}) está cancelado; se queda en tu historial y sus inyecciones no se pondrán.</translation>
    </message>
    <message>
        <source>{state}, hard to tolerate</source>
        <translation>{state}, difícil de tolerar</translation>
    </message>
    <message>
        <source>Course {number}: {start} to {end}, {dose} per injection ({zone}): {state}.</source>
        <translation>Ciclo {number}: del {start} al {end}, {dose} por inyección ({zone}): {state}.</translation>
    </message>
    <message>
        <source>{state} at {time}</source>
        <translation>{state} a las {time}</translation>
    </message>
    <message>
        <source>“{text}” is not a date; please write it as YYYY-MM-DD.</source>
        <translation>«{text}» no es una fecha; escríbela como AAAA-MM-DD, por favor.</translation>
    </message>
    <message>
        <source>The {what} time “{text}” is not a time like 08:00.</source>
        <translation>La hora de {what} «{text}» no es una hora como 08:00.</translation>
    </message>
    <message>
        <source>Dose: {problem}</source>
        <translation>Dosis: {problem}</translation>
    </message>
    <message>
        <source>Concentration: {problem}</source>
        <translation>Concentración: {problem}</translation>
    </message>
    <message>
        <source>With --concentration, please also give --syringe KIND.</source>
        <translation>Con --concentration, indica también --syringe KIND, por favor.</translation>
    </message>
    <message>
        <source>--syringe goes with a vial: please also give --concentration.</source>
        <translation>--syringe va con un vial: indica también --concentration, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n olvidada</numerusform>
            <numerusform>%n olvidadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}: {start} to {end}, {dose}, {state}, {done} of {count} done, {missed}</source>
        <translation>{number}: {start} a {end}, {dose}, {state}, {done} de {count} puestas, {missed}</translation>
    </message>
    <message>
        <source>given in hospital by continuous infusion: {option} is the daily dose; no home injections or reminders (rule R18)</source>
        <translation>puesto en el hospital por infusión continua: {option} es la dosis diaria; sin inyecciones en casa ni avisos (regla R18)</translation>
    </message>
    <message>
        <source>--hospital records a continuous infusion: it takes the dates (--start, --days) and the daily dose ({option}), no times or syringes.</source>
        <translation>--hospital registra una infusión continua: lleva las fechas (--start, --days) y la dosis diaria ({option}), sin horas ni jeringas.</translation>
    </message>
    <message>
        <source>--time is the time of a once-daily injection: please also give --per-day 1 (twice a day uses --morning and --evening).</source>
        <translation>--time es la hora de una inyección al día: indica también --per-day 1, por favor (dos al día usan --morning y --evening).</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Injections per day</source>
        <translation>Inyecciones al día</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Syringe</source>
        <translation>Jeringa</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>(clocks change that night: moved forward)</source>
        <translation>(esa noche cambia la hora: se adelanta)</translation>
    </message>
    <message>
        <source>(clocks change that night: the first of the two)</source>
        <translation>(esa noche cambia la hora: la primera de las dos)</translation>
    </message>
    <message>
        <source>add {option} to confirm</source>
        <translation>añade {option} para confirmar</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded course {number}: {start} to {end}, in hospital by continuous infusion, {dose} a day ({days}). No home injections or reminders; it counts for the interval and the blood results.</source>
        <translation>Ciclo {number} registrado: del {start} al {end}, en el hospital por infusión continua, {dose} al día ({days}). Sin inyecciones en casa ni avisos; cuenta para el intervalo y para los resultados de los análisis.</translation>
    </message>
    <message>
        <source>Planned course {number}: {start} to {end}, {dose} per injection ({zone}).</source>
        <translation>Ciclo {number} planificado: del {start} al {end}, {dose} por inyección ({zone}).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of one injection</source>
        <translation>
            <numerusform>%n día de una inyección</numerusform>
            <numerusform>%n días de una inyección</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of two injections</source>
        <translation>
            <numerusform>%n día de dos inyecciones</numerusform>
            <numerusform>%n días de dos inyecciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned course {number}: {start} to {end}, {regimen}, {dose} per injection ({zone}).</source>
        <translation>Ciclo {number} planificado: del {start} al {end}, {regimen}, {dose} por inyección ({zone}).</translation>
    </message>
    <message>
        <source>Each dose: draw {volume} — {mark} on a {syringe}.</source>
        <translation>Cada dosis: extrae {volume}, {mark} en una {syringe}.</translation>
    </message>
    <message>
        <source>That mark gives {given} (difference from your dose of {dose}: {percent}).</source>
        <translation>Esa marca da {given} (diferencia con tu dosis de {dose}: {percent}).</translation>
    </message>
    <message>
        <source>Pre-filled syringes.</source>
        <translation>Jeringas precargadas.</translation>
    </message>
    <message>
        <source>Blood work was due {day}, two weeks before the course: please ask for it as soon as possible, before the course starts.</source>
        <translation>El análisis de sangre tocaba el {day}, dos semanas antes del ciclo: pídelo cuanto antes, por favor, antes de que empiece el ciclo.</translation>
    </message>
    <message>
        <source>Blood work due: {day}.</source>
        <translation>Análisis de sangre: {day}.</translation>
    </message>
    <message>
        <source>No courses yet.</source>
        <translation>Todavía no hay ciclos.</translation>
    </message>
    <message>
        <source>{dose} a day, in hospital</source>
        <translation>{dose} al día, en el hospital</translation>
    </message>
    <message>
        <source>{dose} per injection</source>
        <translation>{dose} por inyección</translation>
    </message>
    <message>
        <source>install: add il2desk to your applications menu, starting this il2desk (with --data-dir, that record); remove: take it out again (your record is kept)</source>
        <translation>install: añadir il2desk a tu menú de aplicaciones, abriendo este il2desk (con --data-dir, esos datos); remove: quitarlo de nuevo (tus datos se conservan)</translation>
    </message>
    <message>
        <source>the applications-menu entry is for Linux desktops; on this system the installer adds il2desk to the menu.</source>
        <translation>la entrada del menú de aplicaciones es para escritorios Linux; en este sistema el instalador añade il2desk al menú.</translation>
    </message>
    <message>
        <source>il2desk from Flatpak is in your applications menu already; nothing to do.</source>
        <translation>il2desk de Flatpak ya está en tu menú de aplicaciones; no hay nada que hacer.</translation>
    </message>
    <message>
        <source>il2desk is no longer in your applications menu. Your record is kept.</source>
        <translation>il2desk ya no está en tu menú de aplicaciones. Tus datos se conservan.</translation>
    </message>
    <message>
        <source>il2desk was not in your applications menu; nothing to remove.</source>
        <translation>il2desk no estaba en tu menú de aplicaciones; no hay nada que quitar.</translation>
    </message>
    <message>
        <source>il2desk is in your applications menu ({file}); it starts {command}. `il2desk desktop-entry remove` takes it out.</source>
        <translation>il2desk está en tu menú de aplicaciones ({file}); abre {command}. `il2desk desktop-entry remove` lo quita.</translation>
    </message>
    <message>
        <source>diary entries CSV</source>
        <translation>CSV de las entradas del diario</translation>
    </message>
    <message>
        <source>lab results CSV</source>
        <translation>CSV de los resultados de los análisis</translation>
    </message>
    <message>
        <source>Say what to export: --diary FILE, --labs FILE, or both.</source>
        <translation>Indica qué exportar: --diary FILE, --labs FILE o los dos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>La carpeta {folder} no existe. No se escribió nada.</translation>
    </message>
    <message>
        <source>Diary written to {file}.</source>
        <translation>Diario guardado en {file}.</translation>
    </message>
    <message>
        <source>Lab results written to {file}.</source>
        <translation>Resultados de los análisis guardados en {file}.</translation>
    </message>
    <message>
        <source>These files hold health information: share them only with people you choose.</source>
        <translation>Estos archivos contienen información de salud: compártelos solo con las personas que tú elijas.</translation>
    </message>
    <message>
        <source>export this course</source>
        <translation>exportar este ciclo</translation>
    </message>
    <message>
        <source>export every planned course (and cancel the events of cancelled ones)</source>
        <translation>exportar todos los ciclos planificados (y cancelar los eventos de los cancelados)</translation>
    </message>
    <message>
        <source>where to write the .ics file</source>
        <translation>dónde guardar el archivo .ics</translation>
    </message>
    <message>
        <source>There is no planned course to put in a calendar.</source>
        <translation>No hay ningún ciclo planificado que poner en un calendario.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar event(s) to {file}. The file holds health information: keep it private.</source>
        <translation>
            <numerusform>%n evento de calendario guardado en {file}. El archivo contiene información de salud: guárdalo en privado.</numerusform>
            <numerusform>%n eventos de calendario guardados en {file}. El archivo contiene información de salud: guárdalo en privado.</numerusform>
        </translation>
    </message>
    <message>
        <source>record the injection due at a time as given</source>
        <translation>registrar como puesta la inyección que toca a una hora</translation>
    </message>
    <message>
        <source>course number</source>
        <translation>número del ciclo</translation>
    </message>
    <message>
        <source>when it was given, in the course&apos;s time zone (default: now)</source>
        <translation>cuándo se puso, en la zona horaria del ciclo (por defecto: ahora)</translation>
    </message>
    <message>
        <source>where, e.g. thigh-left or &quot;Left thigh&quot; (default: the suggested site)</source>
        <translation>dónde, por ejemplo thigh-left o &quot;Muslo izquierdo&quot; (por defecto: la zona sugerida)</translation>
    </message>
    <message>
        <source>record it even if it is less than 8 hours from another dose or more than 2 hours early: only if your doctor told you to (rule S1)</source>
        <translation>registrarla aunque esté a menos de 8 horas de otra dosis o más de 2 horas antes de tiempo: solo si te lo dijo tu médico (regla S1)</translation>
    </message>
    <message>
        <source>record the injection due at a time as missed</source>
        <translation>registrar como olvidada la inyección que toca a una hora</translation>
    </message>
    <message>
        <source>a time within the injection&apos;s window (default: now)</source>
        <translation>una hora dentro del margen de la inyección (por defecto: ahora)</translation>
    </message>
    <message>
        <source>why it was not taken (your doctor may want to know)</source>
        <translation>por qué no se puso (puede que tu médico quiera saberlo)</translation>
    </message>
    <message>
        <source>the morning injection of day {day}</source>
        <translation>la inyección de la mañana del día {day}</translation>
    </message>
    <message>
        <source>the evening injection of day {day}</source>
        <translation>la inyección de la noche del día {day}</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Not recorded:</source>
        <translation>No se registró:</translation>
    </message>
    <message>
        <source>you recorded an injection at {earlier}, {gap} from {moment};</source>
        <translation>registraste una inyección el {earlier}, a {gap} del {moment};</translation>
    </message>
    <message>
        <source>{moment} is {gap} before the planned time;</source>
        <translation>{moment} es {gap} antes de la hora prevista;</translation>
    </message>
    <message>
        <source>{injection} is planned for {moment}.</source>
        <translation>{injection} está prevista para el {moment}.</translation>
    </message>
    <message>
        <source>Record it only if your doctor told you to, with --confirm-spacing.</source>
        <translation>Regístrala solo si te lo dijo tu médico, con --confirm-spacing.</translation>
    </message>
    <message>
        <source>Course {number} was cancelled, so nothing can be recorded for it.</source>
        <translation>El ciclo {number} se canceló, así que no se puede registrar nada en él.</translation>
    </message>
    <message>
        <source>--at &quot;{text}&quot; is not a date and time like &quot;2026-11-25 08:05&quot;.</source>
        <translation>--at &quot;{text}&quot; no es una fecha y hora como &quot;2026-11-25 08:05&quot;.</translation>
    </message>
    <message>
        <source>Every site has an open reaction: choose one with --site.</source>
        <translation>Todas las zonas tienen una reacción abierta: elige una con --site.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a site. Sites: {sites}.</source>
        <translation>&quot;{text}&quot; no es una zona. Zonas: {sites}.</translation>
    </message>
    <message>
        <source>Every injection of course {number} is already recorded.</source>
        <translation>Todas las inyecciones del ciclo {number} ya están registradas.</translation>
    </message>
    <message>
        <source>{moment} is still to come: give the time you injected.</source>
        <translation>{moment} todavía no ha llegado: indica la hora en que te pusiste la inyección.</translation>
    </message>
    <message>
        <source>{moment}, late by {gap}</source>
        <translation>{moment}, con {gap} de retraso</translation>
    </message>
    <message>
        <source>{moment}, early by {gap}</source>
        <translation>{moment}, con {gap} de adelanto</translation>
    </message>
    <message>
        <source>{site} (spacing confirmed)</source>
        <translation>{site} (separación confirmada)</translation>
    </message>
    <message>
        <source>Recorded {injection} of course {number} (planned {planned}) as given at {given}, {site}.</source>
        <translation>Registrada {injection} del ciclo {number} (prevista el {planned}) como puesta el {given}, {site}.</translation>
    </message>
    <message>
        <source>Please give a reason with --reason (your doctor may want to know).</source>
        <translation>Indica un motivo con --reason, por favor (puede que tu médico quiera saberlo).</translation>
    </message>
    <message>
        <source>Recorded {injection} of course {number} (planned {planned}) as missed: {reason}</source>
        <translation>Registrada {injection} del ciclo {number} (prevista el {planned}) como olvidada: {reason}</translation>
    </message>
    <message>
        <source>add a blood result</source>
        <translation>añadir un resultado de análisis de sangre</translation>
    </message>
    <message>
        <source>day the blood was drawn</source>
        <translation>día de la extracción de sangre</translation>
    </message>
    <message>
        <source>CD4 count, cells/µL</source>
        <translation>recuento de CD4, células/µL</translation>
    </message>
    <message>
        <source>CD4 percent</source>
        <translation>porcentaje de CD4</translation>
    </message>
    <message>
        <source>viral load, copies/mL</source>
        <translation>carga viral, copias/mL</translation>
    </message>
    <message>
        <source>viral load below the test&apos;s limit (undetectable)</source>
        <translation>carga viral por debajo del límite de la prueba (indetectable)</translation>
    </message>
    <message>
        <source>a short note</source>
        <translation>una nota breve</translation>
    </message>
    <message>
        <source>print the results, and whether each counts in the trend</source>
        <translation>mostrar los resultados y si cada uno cuenta en la tendencia</translation>
    </message>
    <message>
        <source>Please keep the note under {count} characters.</source>
        <translation>Escribe una nota de menos de {count} caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please type the viral load in copies/mL.</source>
        <translation>Escribe la carga viral en copias/mL, por favor.</translation>
    </message>
    <message>
        <source>Saved the result of {day}: {trend}</source>
        <translation>Resultado del {day} guardado: {trend}</translation>
    </message>
    <message>
        <source>not counted in the trend — {reason}</source>
        <translation>no cuenta en la tendencia: {reason}</translation>
    </message>
    <message>
        <source>no CD4 count, so nothing for the CD4 trend.</source>
        <translation>sin recuento de CD4, así que nada para la tendencia de CD4.</translation>
    </message>
    <message>
        <source>counts in the trend.</source>
        <translation>cuenta en la tendencia.</translation>
    </message>
    <message>
        <source>No blood results yet.</source>
        <translation>Todavía no hay resultados de análisis.</translation>
    </message>
    <message>
        <source>{count} cells/µL</source>
        <translation>{count} células/µL</translation>
    </message>
    <message>
        <source>{number}: {day}  CD4 {cd4}, {percent}, viral load {load}: {trend}</source>
        <translation>{number}: {day}  CD4 {cd4}, {percent}, carga viral {load}: {trend}</translation>
    </message>
    <message>
        <source>first day of the period (default: the start of the course before last)</source>
        <translation>primer día del periodo (por defecto: el inicio del penúltimo ciclo)</translation>
    </message>
    <message>
        <source>last day of the period (default: today)</source>
        <translation>último día del periodo (por defecto: hoy)</translation>
    </message>
    <message>
        <source>--from ({first}) is after --to ({last}).</source>
        <translation>--from ({first}) es posterior a --to ({last}).</translation>
    </message>
    <message>
        <source>--from ({first}) is after the end of the period ({last}).</source>
        <translation>--from ({first}) es posterior al final del periodo ({last}).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the visit report ({first} to {last}, %n page(s)) to {file}</source>
        <translation>
            <numerusform>Informe para la consulta ({first} a {last}, %n página) guardado en {file}</numerusform>
            <numerusform>Informe para la consulta ({first} a {last}, %n páginas) guardado en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Your record is read-only here (its file, its folder or its disk), so no backup can take its place. Nothing was changed.</source>
        <translation>Aquí tus datos son de solo lectura (su archivo, su carpeta o su disco), así que ninguna copia de seguridad puede ocupar su lugar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>il2desk is open. Please close its window (and its tray icon) first. Nothing was changed.</source>
        <translation>il2desk está abierto. Cierra antes su ventana (y su icono de la bandeja), por favor. No se cambió nada.</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se cambió nada.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written, and nothing was changed. Please free some space and try again.</source>
        <translation>El disco está lleno: no se escribió nada y no se cambió nada. Libera algo de espacio y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>The backup could not be restored ({error}). Nothing was changed.</source>
        <translation>No se pudo restaurar la copia de seguridad ({error}). No se cambió nada.</translation>
    </message>
    <message>
        <source>Restored your record from {file}.</source>
        <translation>Tus datos se restauraron desde {file}.</translation>
    </message>
    <message>
        <source>Your previous record was kept at {file}.</source>
        <translation>Tus datos anteriores se guardaron en {file}.</translation>
    </message>
    <message>
        <source>plan a course (new), list the courses (list), show one (show), stop one early (stop) or cancel one that has not begun (cancel)</source>
        <translation>planificar un ciclo (new), ver la lista de ciclos (list), mostrar uno (show), detener uno antes de tiempo (stop) o cancelar uno que no ha empezado (cancel)</translation>
    </message>
    <message>
        <source>record an injection as given (give) or missed (miss)</source>
        <translation>registrar una inyección como puesta (give) u olvidada (miss)</translation>
    </message>
    <message>
        <source>save a backup copy of your whole record to FILE (it holds health information)</source>
        <translation>guardar una copia de seguridad de todos tus datos en FILE (contiene información de salud)</translation>
    </message>
    <message>
        <source>replace your record with the backup in FILE; the current record is kept as a backup</source>
        <translation>sustituir tus datos por la copia de seguridad de FILE; tus datos actuales se guardan como copia</translation>
    </message>
    <message>
        <source>write your side-effect diary and/or lab results as CSV files (health information)</source>
        <translation>guardar tu diario de efectos secundarios y/o los resultados de los análisis como archivos CSV (información de salud)</translation>
    </message>
    <message>
        <source>write a course&apos;s one-page checklist as a PDF file</source>
        <translation>guardar la lista de una página de un ciclo como archivo PDF</translation>
    </message>
    <message>
        <source>write the injection schedule as a calendar (.ics) file</source>
        <translation>guardar el calendario de inyecciones como archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>add a blood result (add) or list them, each with whether it counts in the trend (list)</source>
        <translation>añadir un resultado de análisis (add) o verlos todos, cada uno con si cuenta en la tendencia (list)</translation>
    </message>
    <message>
        <source>write the visit report for your doctor as a PDF file (health information)</source>
        <translation>guardar el informe para la consulta de tu médico como archivo PDF (información de salud)</translation>
    </message>
    <message>
        <source>add il2desk to your applications menu (install) or take it out (remove)</source>
        <translation>añadir il2desk a tu menú de aplicaciones (install) o quitarlo (remove)</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>il2desk: a companion for home interleukin-2 injections. With no command, the window opens.</source>
        <translation>il2desk: un acompañante para las inyecciones de interleucina-2 en casa. Sin ningún comando, se abre la ventana.</translation>
    </message>
    <message>
        <source>keep the record in FOLDER instead of the usual per-user data folder</source>
        <translation>guardar tus datos en FOLDER en lugar de la carpeta de datos habitual del usuario</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Do you have an infection right now (for example a cold with fever, flu, or an infection being treated)?</source>
        <translation>¿Tienes ahora alguna infección (por ejemplo un resfriado con fiebre, gripe o una infección en tratamiento)?</translation>
    </message>
    <message>
        <source>With an active infection the course is usually delayed until it is over.</source>
        <translation>Con una infección activa, el ciclo suele retrasarse hasta que se cure.</translation>
    </message>
    <message>
        <source>an infection now</source>
        <translation>una infección ahora</translation>
    </message>
    <message>
        <source>Is your viral load high, or has it been going up?</source>
        <translation>¿Tienes la carga viral alta, o ha ido subiendo?</translation>
    </message>
    <message>
        <source>viral load high or rising</source>
        <translation>carga viral alta o en aumento</translation>
    </message>
    <message>
        <source>Do you take medicine for blood pressure?</source>
        <translation>¿Tomas medicamentos para la presión arterial?</translation>
    </message>
    <message>
        <source>Interleukin-2 can lower blood pressure a lot during a course.</source>
        <translation>La interleucina-2 puede bajar mucho la presión arterial durante un ciclo.</translation>
    </message>
    <message>
        <source>blood-pressure medicine</source>
        <translation>medicamentos para la presión arterial</translation>
    </message>
    <message>
        <source>Do you have heart disease?</source>
        <translation>¿Tienes alguna enfermedad del corazón?</translation>
    </message>
    <message>
        <source>heart disease</source>
        <translation>enfermedad del corazón</translation>
    </message>
    <message>
        <source>Do you have lung disease?</source>
        <translation>¿Tienes alguna enfermedad de los pulmones?</translation>
    </message>
    <message>
        <source>lung disease</source>
        <translation>enfermedad de los pulmones</translation>
    </message>
    <message>
        <source>Do you have an autoimmune disease?</source>
        <translation>¿Tienes alguna enfermedad autoinmune?</translation>
    </message>
    <message>
        <source>autoimmune disease</source>
        <translation>enfermedad autoinmune</translation>
    </message>
    <message>
        <source>Do you have thyroid disease?</source>
        <translation>¿Tienes alguna enfermedad de la tiroides?</translation>
    </message>
    <message>
        <source>thyroid disease</source>
        <translation>enfermedad de la tiroides</translation>
    </message>
    <message>
        <source>Do you have diabetes?</source>
        <translation>¿Tienes diabetes?</translation>
    </message>
    <message>
        <source>diabetes</source>
        <translation>diabetes</translation>
    </message>
    <message>
        <source>Are you pregnant, or could you be?</source>
        <translation>¿Estás embarazada, o podrías estarlo?</translation>
    </message>
    <message>
        <source>Interleukin-2 must be stopped during pregnancy.</source>
        <translation>Durante el embarazo hay que suspender la interleucina-2.</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>embarazo</translation>
    </message>
    <message>
        <source>Have you stopped your anti-HIV medicines or your medicine that prevents infections (such as PCP), or are you thinking of stopping them?</source>
        <translation>¿Has dejado tus medicamentos contra el VIH o el medicamento que previene infecciones (como la PCP), o estás pensando en dejarlos?</translation>
    </message>
    <message>
        <source>Anti-HIV therapy goes on during interleukin-2, and the medicine that prevents infections is not stopped because counts rose, unless your doctor says so.</source>
        <translation>El tratamiento contra el VIH sigue durante la interleucina-2, y el medicamento que previene infecciones no se deja porque hayan subido los recuentos, salvo que tu médico lo diga.</translation>
    </message>
    <message>
        <source>anti-HIV or preventive medicine stopped</source>
        <translation>medicamentos contra el VIH o preventivos dejados</translation>
    </message>
    <message>
        <source>Please discuss this with your doctor before starting.</source>
        <translation>Habla de esto con tu médico antes de empezar, por favor.</translation>
    </message>
    <message>
        <source>Someone stays overnight, or a friend checks in on me regularly</source>
        <translation>Alguien se queda por la noche conmigo, o un amigo o amiga viene a verme a menudo</translation>
    </message>
    <message>
        <source>Childcare is arranged (or not needed)</source>
        <translation>El cuidado de los niños está organizado (o no hace falta)</translation>
    </message>
    <message>
        <source>I have my doctor&apos;s emergency number</source>
        <translation>Tengo el número de urgencias de mi médico</translation>
    </message>
    <message>
        <source>I have a sharps container for used syringes</source>
        <translation>Tengo un contenedor de agujas para las jeringas usadas</translation>
    </message>
    <message>
        <source>I have an antihistamine and ibuprofen at home</source>
        <translation>Tengo un antihistamínico e ibuprofeno en casa</translation>
    </message>
    <message>
        <source>I have ice packs in the freezer</source>
        <translation>Tengo bolsas de hielo en el congelador</translation>
    </message>
    <message>
        <source>My blood test is booked</source>
        <translation>Ya tengo cita para el análisis de sangre</translation>
    </message>
    <message>
        <source>Some antihistamines do not mix well with HIV protease inhibitors. Ask your doctor or pharmacist which antihistamine is right for you.</source>
        <translation>Algunos antihistamínicos no combinan bien con los inhibidores de la proteasa del VIH. Pregunta a tu médico o farmacéutico qué antihistamínico es el adecuado para ti.</translation>
    </message>
    <message>
        <source>Injections per day: 2 (morning and evening) or 1.</source>
        <translation>Inyecciones al día: 2 (mañana y noche) o 1.</translation>
    </message>
    <message>
        <source>A course lasts from 1 to {most} days.</source>
        <translation>Un ciclo dura de 1 a {most} días.</translation>
    </message>
    <message>
        <source>More than {days} days is only for a low daily dose (at most {low} million units a day); this plan gives {daily} million units a day. Please check the days and the dose with your doctor&apos;s instructions.</source>
        <translation>Más de {days} días es solo para una dosis diaria baja (como mucho {low} millones de unidades al día); este plan da {daily} millones de unidades al día. Comprueba los días y la dosis con las indicaciones de tu médico, por favor.</translation>
    </message>
    <message>
        <source>tick the box to confirm the interval</source>
        <translation>marca la casilla para confirmar el intervalo</translation>
    </message>
    <message>
        <source>This course would start on {start}, {days} after the course that began on {previous}; the interval your doctor set is {weeks}. If your doctor wants it this soon, {confirm}.</source>
        <translation>Este ciclo empezaría el {start}, {days} después del ciclo que empezó el {previous}; el intervalo que fijó tu médico es de {weeks}. Si tu médico lo quiere tan pronto, {confirm}.</translation>
    </message>
    <message>
        <source>A course you record afterwards must already be over: its last day is after today.</source>
        <translation>Un ciclo que anotas después tiene que haber terminado ya: su último día es posterior a hoy.</translation>
    </message>
    <message>
        <source>The start date is in the past. Please choose today or a later day.</source>
        <translation>La fecha de inicio ya ha pasado. Elige hoy o un día posterior, por favor.</translation>
    </message>
    <message>
        <source>The time to the next course must be between {low} and {high} weeks (usually 8).</source>
        <translation>El tiempo hasta el próximo ciclo tiene que estar entre {low} y {high} semanas (normalmente 8).</translation>
    </message>
    <message>
        <source>Please choose the kind of syringe you draw with.</source>
        <translation>Elige el tipo de jeringa con la que extraes, por favor.</translation>
    </message>
    <message>
        <source>These days overlap another course ({first} to {last}, {dose} per injection). Please choose a start after that course, or cancel it first.</source>
        <translation>Estos días coinciden con otro ciclo (del {first} al {last}, {dose} por inyección). Elige un inicio después de ese ciclo, o cancélalo antes.</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fiebre</translation>
    </message>
    <message>
        <source>Chills</source>
        <translation>Escalofríos</translation>
    </message>
    <message>
        <source>Aches</source>
        <translation>Dolores</translation>
    </message>
    <message>
        <source>Tiredness</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Blocked or runny nose</source>
        <translation>Nariz tapada o mocos</translation>
    </message>
    <message>
        <source>Low blood pressure, feeling dizzy</source>
        <translation>Presión arterial baja, mareo</translation>
    </message>
    <message>
        <source>Fluid retention, puffiness</source>
        <translation>Retención de líquidos, hinchazón</translation>
    </message>
    <message>
        <source>Feeling sick (nausea)</source>
        <translation>Ganas de vomitar (náuseas)</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vómitos</translation>
    </message>
    <message>
        <source>Diarrhea</source>
        <translation>Diarrea</translation>
    </message>
    <message>
        <source>Peeling skin</source>
        <translation>Piel que se pela</translation>
    </message>
    <message>
        <source>Injection site: swelling</source>
        <translation>Zona de inyección: hinchazón</translation>
    </message>
    <message>
        <source>Injection site: redness</source>
        <translation>Zona de inyección: enrojecimiento</translation>
    </message>
    <message>
        <source>Injection site: lump</source>
        <translation>Zona de inyección: bulto</translation>
    </message>
    <message>
        <source>Fever of 38.9 °C (102 °F) or more, medicine not helping</source>
        <translation>Fiebre de 38,9 °C (102 °F) o más, sin mejora con medicamentos</translation>
    </message>
    <message>
        <source>Please keep this under {characters} characters.</source>
        <translation>Escribe menos de {characters} caracteres, por favor.</translation>
    </message>
    <message>
        <source>Short of breath</source>
        <translation>Falta de aire</translation>
    </message>
    <message>
        <source>Less urine than normal</source>
        <translation>Menos orina de lo normal</translation>
    </message>
    <message>
        <source>Confused, or thinking changed a lot</source>
        <translation>Confusión, o la forma de pensar ha cambiado mucho</translation>
    </message>
    <message>
        <source>Fainted</source>
        <translation>Desmayo</translation>
    </message>
    <message>
        <source>Face, neck or feet swell a lot</source>
        <translation>Se hinchan mucho la cara, el cuello o los pies</translation>
    </message>
    <message>
        <source>Low mood, feeling down</source>
        <translation>Ánimo bajo, sentirse decaído</translation>
    </message>
    <message>
        <source>Changes in vision</source>
        <translation>Cambios en la vista</translation>
    </message>
    <message>
        <source>Thoughts of suicide</source>
        <translation>Pensamientos de suicidio</translation>
    </message>
    <message>
        <source>Sudden loss of vision</source>
        <translation>Pérdida repentina de la vista</translation>
    </message>
    <message>
        <source>An infection (for example of the chest, the urine or the skin)</source>
        <translation>Una infección (por ejemplo del pecho, de la orina o de la piel)</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Please say in a few words what it was.</source>
        <translation>Di en pocas palabras qué fue, por favor.</translation>
    </message>
    <message>
        <source>That is not a body temperature. Please check the number, and whether it is in {unit} or {other}.</source>
        <translation>Eso no es una temperatura del cuerpo. Revisa el número, y si está en {unit} o en {other}.</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>día {number}</translation>
    </message>
    <message>
        <source>This number is worked out from what you typed. Vials hold a little extra medicine, so the label or your pharmacist may give a different strength: if they do, use theirs.</source>
        <translation>Este número está calculado con lo que escribiste. Los viales llevan un poco de medicamento de más, así que la etiqueta o tu farmacéutico pueden dar otra concentración: si es así, usa la suya.</translation>
    </message>
    <message>
        <source>{syringe} (U-100)</source>
        <translation>{syringe} (U-100)</translation>
    </message>
    <message>
        <source>0.3 mL insulin syringe</source>
        <translation>jeringa de insulina de 0,3 mL</translation>
    </message>
    <message>
        <source>0.5 mL insulin syringe</source>
        <translation>jeringa de insulina de 0,5 mL</translation>
    </message>
    <message>
        <source>1 mL insulin syringe</source>
        <translation>jeringa de insulina de 1 mL</translation>
    </message>
    <message>
        <source>1 mL tuberculin syringe</source>
        <translation>jeringa de tuberculina de 1 mL</translation>
    </message>
    <message>
        <source>Please type a number, for example {example}.</source>
        <translation>Escribe un número, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>Please type a number here, for example {example}.</source>
        <translation>Escribe aquí un número, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>That number is too long. Please type it again, for example {example}.</source>
        <translation>Ese número es demasiado largo. Escríbelo otra vez, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>Please type the number without separators between thousands, for example 1000 or {example}.</source>
        <translation>Escribe el número sin separar los miles, por ejemplo 1000 o {example}.</translation>
    </message>
    <message>
        <source>“{typed}” could mean two different numbers. Please type it without separators between thousands, and use “{mark}” before the decimals.</source>
        <translation>«{typed}» podría ser dos números distintos. Escríbelo sin separar los miles y usa «{mark}» antes de los decimales.</translation>
    </message>
    <message>
        <source>This must be more than zero.</source>
        <translation>Tiene que ser mayor que cero.</translation>
    </message>
    <message>
        <source>The exact amount is halfway between two marks: use the lower mark, which gives a little less medicine, never more.</source>
        <translation>La cantidad exacta queda justo entre dos marcas: usa la marca más baja, que da un poco menos de medicamento, nunca más.</translation>
    </message>
    <message>
        <source>Use the {syringe} instead.</source>
        <translation>Usa mejor la {syringe}.</translation>
    </message>
    <message>
        <source>Please ask your pharmacist how to measure this dose.</source>
        <translation>Pregunta a tu farmacéutico cómo medir esta dosis, por favor.</translation>
    </message>
    <message>
        <source>This dose needs {volume}, more than any of these syringes holds. Please ask your pharmacist or doctor how to give it.</source>
        <translation>Esta dosis necesita {volume}, más de lo que cabe en cualquiera de estas jeringas. Pregunta a tu farmacéutico o a tu médico cómo ponerla, por favor.</translation>
    </message>
    <message>
        <source>This dose needs {volume}, more than the {syringe} holds ({capacity}).</source>
        <translation>Esta dosis necesita {volume}, más de lo que cabe en la {syringe} ({capacity}).</translation>
    </message>
    <message>
        <source>This dose is too small to measure with the {syringe}.</source>
        <translation>Esta dosis es demasiado pequeña para medirla con la {syringe}.</translation>
    </message>
    <message>
        <source>This syringe&apos;s marks are too far apart for this dose: the nearest mark gives {percent} % too much.</source>
        <translation>Las marcas de esta jeringa están demasiado separadas para esta dosis: la marca más cercana da un {percent} % de más.</translation>
    </message>
    <message>
        <source>This syringe&apos;s marks are too far apart for this dose: the nearest mark gives {percent} % too little.</source>
        <translation>Las marcas de esta jeringa están demasiado separadas para esta dosis: la marca más cercana da un {percent} % de menos.</translation>
    </message>
    <message>
        <source>{number} million units</source>
        <translation>{number} millones de unidades</translation>
    </message>
    <message>
        <source>{number} million units per mL</source>
        <translation>{number} millones de unidades por mL</translation>
    </message>
    <message>
        <source>{number} mL</source>
        <translation>{number} mL</translation>
    </message>
    <message>
        <source>the {number}-unit mark</source>
        <translation>la marca de {number} unidades</translation>
    </message>
    <message>
        <source>the {number} mL mark</source>
        <translation>la marca de {number} mL</translation>
    </message>
    <message>
        <source>You are short of breath.</source>
        <translation>Te falta el aire.</translation>
    </message>
    <message>
        <source>You pass less urine than normal, or none at all.</source>
        <translation>Orinas menos de lo normal, o nada.</translation>
    </message>
    <message>
        <source>You have a fever of 38.9 °C (102 °F) or more that medicine from the pharmacy does not bring down.</source>
        <translation>Tienes fiebre de 38,9 °C (102 °F) o más y los medicamentos de farmacia no la bajan.</translation>
    </message>
    <message>
        <source>You feel confused, or your thinking or behaviour has changed a lot.</source>
        <translation>Te sientes confundido o confundida, o tu forma de pensar o de comportarte ha cambiado mucho.</translation>
    </message>
    <message>
        <source>You faint.</source>
        <translation>Te desmayas.</translation>
    </message>
    <message>
        <source>Your face, neck or feet swell a lot.</source>
        <translation>Se te hinchan mucho la cara, el cuello o los pies.</translation>
    </message>
    <message>
        <source>unreliable — too soon after a course</source>
        <translation>poco fiable — demasiado pronto después de un ciclo</translation>
    </message>
    <message>
        <source>Please type the {what} as a whole number, for example 450.</source>
        <translation>Escribe el dato de {what} como número entero, por ejemplo 450.</translation>
    </message>
    <message>
        <source>CD4 count</source>
        <translation>recuento de CD4</translation>
    </message>
    <message>
        <source>A CD4 count cannot be below zero.</source>
        <translation>Un recuento de CD4 no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>A CD4 count over {cells} cells/µL is not possible. Please check the number on the lab report.</source>
        <translation>Un recuento de CD4 de más de {cells} células/µL no es posible. Revisa el número en el informe del laboratorio, por favor.</translation>
    </message>
    <message>
        <source>A percent cannot be below zero.</source>
        <translation>Un porcentaje no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>A percent cannot be over 100.</source>
        <translation>Un porcentaje no puede pasar de 100.</translation>
    </message>
    <message>
        <source>viral load</source>
        <translation>carga viral</translation>
    </message>
    <message>
        <source>lab&apos;s limit</source>
        <translation>límite del laboratorio</translation>
    </message>
    <message>
        <source>Please type the {what} in copies/mL.</source>
        <translation>Escribe el dato de {what} en copias/mL, por favor.</translation>
    </message>
    <message>
        <source>A viral load cannot be below zero.</source>
        <translation>Una carga viral no puede ser menor que cero.</translation>
    </message>
    <message>
        <source>The limit must be more than zero, for example 50.</source>
        <translation>El límite tiene que ser mayor que cero, por ejemplo 50.</translation>
    </message>
    <message>
        <source>That number is far too large for a viral load. Please check it.</source>
        <translation>Ese número es demasiado grande para una carga viral. Revísalo, por favor.</translation>
    </message>
    <message>
        <source>undetectable</source>
        <translation>indetectable</translation>
    </message>
    <message>
        <source>below {copies} copies/mL</source>
        <translation>menos de {copies} copias/mL</translation>
    </message>
    <message>
        <source>{copies} copies/mL</source>
        <translation>{copies} copias/mL</translation>
    </message>
    <message>
        <source>Drawn during the course that started on {start}: the counts are changed by it, so this result is kept but left out of the trend and the suggestions.</source>
        <translation>Extraída durante el ciclo que empezó el {start}: el ciclo altera los recuentos, así que este resultado se guarda pero no cuenta para la tendencia ni para las sugerencias.</translation>
    </message>
    <message>
        <source>Within {weeks} weeks after a course the counts are still changed by it, so this result is kept but left out of the trend and the suggestions.</source>
        <translation>Durante las {weeks} semanas después de un ciclo, el ciclo todavía altera los recuentos, así que este resultado se guarda pero no cuenta en la tendencia ni en las sugerencias.</translation>
    </message>
    <message>
        <source>{number} %</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>The blood cannot have been drawn in the future.</source>
        <translation>La sangre no puede haberse extraído en el futuro.</translation>
    </message>
    <message>
        <source>Please fill in at least one result: CD4 count, CD4 percent or viral load.</source>
        <translation>Rellena al menos un resultado, por favor: recuento de CD4, porcentaje de CD4 o carga viral.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone this computer knows. Pick one from the list, for example Europe/Paris.</source>
        <translation>«{name}» no es una zona horaria que conozca esta computadora. Elige una de la lista, por ejemplo Europe/Madrid.</translation>
    </message>
    <message>
        <source>Please keep the name under 120 characters.</source>
        <translation>Escribe el nombre con menos de 120 caracteres, por favor.</translation>
    </message>
    <message>
        <source>A phone number can only hold digits, spaces, and + ( ) - . /</source>
        <translation>Un número de teléfono solo puede llevar cifras, espacios y + ( ) - . /</translation>
    </message>
    <message>
        <source>This number looks too short. Please type the whole number.</source>
        <translation>Este número parece demasiado corto. Escribe el número completo, por favor.</translation>
    </message>
    <message>
        <source>This number looks too long. Please check it.</source>
        <translation>Este número parece demasiado largo. Revísalo, por favor.</translation>
    </message>
    <message>
        <source>Please type a time like 08:00 or 20:30.</source>
        <translation>Escribe una hora como 08:00 o 20:30, por favor.</translation>
    </message>
    <message>
        <source>Hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation>Las horas van de 00 a 23 y los minutos de 00 a 59.</translation>
    </message>
    <message>
        <source>Please type the {what} as a whole number of minutes.</source>
        <translation>Escribe el {what} como un número entero de minutos, por favor.</translation>
    </message>
    <message>
        <source>The {what} must be between {low} and {high} minutes.</source>
        <translation>El {what} tiene que estar entre {low} y {high} minutos.</translation>
    </message>
    <message>
        <source>pre-treatment lead time</source>
        <translation>tiempo de antelación de la premedicación</translation>
    </message>
    <message>
        <source>ice-pack time</source>
        <translation>tiempo del hielo</translation>
    </message>
    <message>
        <source>Please tick the box or leave it empty.</source>
        <translation>Marca la casilla o déjala vacía, por favor.</translation>
    </message>
    <message>
        <source>Please choose one of the {what} in the list.</source>
        <translation>Elige una de las opciones de {what} de la lista, por favor.</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>text sizes</source>
        <translation>tamaños de texto</translation>
    </message>
    <message>
        <source>Please choose “full” or “discreet”.</source>
        <translation>Elige «completo» o «discreto», por favor.</translation>
    </message>
    <message>
        <source>Unknown injection area: {areas}.</source>
        <translation>Zona de inyección desconocida: {areas}.</translation>
    </message>
    <message>
        <source>Keep at least one injection area switched on.</source>
        <translation>Deja activada al menos una zona de inyección.</translation>
    </message>
    <message>
        <source>Please type a whole number of sites, for example 4.</source>
        <translation>Escribe un número entero de zonas, por ejemplo 4.</translation>
    </message>
    <message>
        <source>The number of recent sites to rest must be between 0 and {high}.</source>
        <translation>El número de zonas recientes que descansan tiene que estar entre 0 y {high}.</translation>
    </message>
    <message>
        <source>{value} is far more than any dose of this medicine. Please check the number.</source>
        <translation>{value} es muchísimo más que cualquier dosis de este medicamento. Revisa el número, por favor.</translation>
    </message>
    <message>
        <source>{value} does not look like the strength on a label. Please check the label or ask your pharmacist.</source>
        <translation>{value} no parece la concentración de una etiqueta. Revisa la etiqueta o pregunta a tu farmacéutico, por favor.</translation>
    </message>
    <message>
        <source>{value} is more than a vial holds. Please check the vial&apos;s label.</source>
        <translation>{value} es más de lo que contiene un vial. Revisa la etiqueta del vial, por favor.</translation>
    </message>
    <message>
        <source>{value} of diluent does not look right for one vial. Please check the instructions from your pharmacist.</source>
        <translation>{value} de diluyente no parece correcto para un vial. Revisa las indicaciones de tu farmacéutico, por favor.</translation>
    </message>
    <message>
        <source>This syringe holds {label}, but your dose for this injection is {prescribed}. Do not inject it. Check that you took the right syringe, and if the label still does not match, call your pharmacist or doctor before injecting.</source>
        <translation>Esta jeringa contiene {label}, pero tu dosis para esta inyección es {prescribed}. No te la pongas. Comprueba que has tomado la jeringa correcta y, si la etiqueta sigue sin coincidir, llama a tu farmacéutico o a tu médico antes de inyectarte.</translation>
    </message>
    <message>
        <source>Side effects, if you get any, are usually worst on the last two or three days of a course, and starting on a Wednesday puts those days on the weekend.</source>
        <translation>Si tienes efectos secundarios, suelen ser peores los dos o tres últimos días del ciclo, y si empiezas un miércoles esos días caen en fin de semana.</translation>
    </message>
    <message>
        <source>The evening injection must be later in the day than the morning one.</source>
        <translation>La inyección de la noche tiene que ser más tarde que la de la mañana.</translation>
    </message>
    <message>
        <source>The dose must be more than zero.</source>
        <translation>La dosis tiene que ser mayor que cero.</translation>
    </message>
    <message>
        <source>Please type the dose with at most two decimals, as on the prescription, for example {example}.</source>
        <translation>Escribe la dosis con dos decimales como mucho, como en la receta, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>tick the box to confirm</source>
        <translation>marca la casilla para confirmarlo</translation>
    </message>
    <message>
        <source>Is {dose} the dose per injection or per day?</source>
        <translation>¿{dose} es la dosis por inyección o por día?</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>If this really is what your doctor prescribed, {confirm}.</source>
        <translation>Si de verdad es lo que te recetó tu médico, {confirm}.</translation>
    </message>
    <message>
        <source>{dose} per injection is far above the usual range.</source>
        <translation>{dose} por inyección está muy por encima de lo habitual.</translation>
    </message>
    <message>
        <source>{dose} per injection is far below the usual range.</source>
        <translation>{dose} por inyección está muy por debajo de lo habitual.</translation>
    </message>
    <message>
        <source>Check the prescription: did you mean {number}?</source>
        <translation>Revisa la receta: ¿querías decir {number}?</translation>
    </message>
    <message>
        <source>Check the prescription.</source>
        <translation>Revisa la receta.</translation>
    </message>
    <message>
        <source>If that is the amount for the whole day, each injection is half of it: {dose}.</source>
        <translation>Si esa es la cantidad de todo el día, cada inyección es la mitad: {dose}.</translation>
    </message>
    <message>
        <source>The usual dose per injection is {usual}. If {dose} is for the whole day, each injection is half of it: {half}.</source>
        <translation>La dosis habitual por inyección es de {usual}. Si {dose} es para todo el día, cada inyección es la mitad: {half}.</translation>
    </message>
    <message>
        <source>If it really is the dose per injection your doctor prescribed, {confirm}.</source>
        <translation>Si de verdad es la dosis por inyección que te recetó tu médico, {confirm}.</translation>
    </message>
    <message>
        <source>{dose} per injection is outside the usual range of {usual}. That can be right, for example after the dose was lowered. Please check it against your prescription.</source>
        <translation>{dose} por inyección está fuera de lo habitual, que va de {usual}. Puede ser correcto, por ejemplo si te bajaron la dosis. Compárala con tu receta, por favor.</translation>
    </message>
    <message>
        <source>{daily} a day ({each} per injection)</source>
        <translation>{daily} al día ({each} por inyección)</translation>
    </message>
    <message>
        <source>The last course was hard to tolerate. You could ask about lowering the dose by one step, from {current} to {lower}.</source>
        <translation>El último ciclo fue difícil de tolerar. Podrías preguntar si se puede bajar la dosis un escalón, de {current} a {lower}.</translation>
    </message>
    <message>
        <source>This would go below the usual lowest dose of {dose}.</source>
        <translation>Eso quedaría por debajo de la dosis más baja habitual, {dose}.</translation>
    </message>
    <message>
        <source>Lowering the dose does not cause drug resistance.</source>
        <translation>Bajar la dosis no crea resistencia al medicamento.</translation>
    </message>
    <message>
        <source>Nothing changes until you discuss with your doctor.</source>
        <translation>Nada cambia hasta que lo hables con tu médico.</translation>
    </message>
    <message>
        <source>A lower dose for the next course?</source>
        <translation>¿Una dosis más baja para el próximo ciclo?</translation>
    </message>
    <message>
        <source>Too early to judge</source>
        <translation>Es pronto para saberlo</translation>
    </message>
    <message>
        <source>You started less than {months} months ago. It is too early to judge whether the dose works: counts often take months to rise, and people who start with low counts may take longer. If you are worried, discuss with your doctor.</source>
        <translation>Empezaste hace menos de {months} meses. Es pronto para saber si la dosis funciona: los recuentos suelen tardar meses en subir, y quien empieza con recuentos bajos puede tardar más. Si te preocupa, háblalo con tu médico.</translation>
    </message>
    <message>
        <source>Your reliable CD4 counts stayed above {cells} cells/µL through {courses} courses every {weeks} weeks.</source>
        <translation>Tus recuentos de CD4 fiables se mantuvieron por encima de {cells} células/µL durante {courses} ciclos cada {weeks} semanas.</translation>
    </message>
    <message>
        <source>Your last reliable CD4 counts are all above {cells} cells/µL.</source>
        <translation>Tus últimos recuentos de CD4 fiables están todos por encima de {cells} células/µL.</translation>
    </message>
    <message>
        <source>You could ask whether the time between courses can go from {current} to {longer} weeks. Results drawn soon after a course were left out. Nothing changes until you discuss with your doctor.</source>
        <translation>Podrías preguntar si el tiempo entre ciclos puede pasar de {current} a {longer} semanas. No se han tenido en cuenta los resultados de poco después de un ciclo. Nada cambia hasta que lo hables con tu médico.</translation>
    </message>
    <message>
        <source>More time between courses?</source>
        <translation>¿Más tiempo entre ciclos?</translation>
    </message>
    <message>
        <source>Keep your other medicines</source>
        <translation>Sigue con tus otros medicamentos</translation>
    </message>
    <message>
        <source>Your CD4 count has gone up. Keep taking your anti-HIV medicines and the medicine that prevents infections (such as PCP): do not stop them because counts rose, unless your doctor says so. If you have questions, discuss with your doctor.</source>
        <translation>Tu recuento de CD4 ha subido. Sigue tomando tus medicamentos contra el VIH y el que previene infecciones (como la PCP): no los dejes porque hayan subido los recuentos, salvo que tu médico lo diga. Si tienes dudas, háblalo con tu médico.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone this computer knows. Please choose your time zone from the list.</source>
        <translation>«{name}» no es una zona horaria que conozca esta computadora. Elige tu zona horaria de la lista, por favor.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. Please free some space on the disk holding “{folder}”, or choose another place.</source>
        <translation>El disco está lleno: no se escribió nada. Libera algo de espacio en el disco donde está «{folder}» o elige otro sitio, por favor.</translation>
    </message>
    <message>
        <source>The folder “{folder}” is on a read-only disk: nothing was written. Please choose another place.</source>
        <translation>La carpeta «{folder}» está en un disco de solo lectura: no se escribió nada. Elige otro sitio, por favor.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist. Please choose another place.</source>
        <translation>La carpeta «{folder}» no existe. Elige otro sitio, por favor.</translation>
    </message>
    <message>
        <source>il2desk cannot save in the folder “{folder}” (it may be read-only or not yours). Nothing was saved. Please choose another place.</source>
        <translation>il2desk no puede guardar en la carpeta «{folder}» (puede que sea de solo lectura o que no sea tuya). No se guardó nada. Elige otro sitio, por favor.</translation>
    </message>
    <message>
        <source>“{path}” is a folder. Please give a file name.</source>
        <translation>«{path}» es una carpeta. Escribe un nombre de archivo, por favor.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo ({reason}).</translation>
    </message>
    <message>
        <source>This file is empty: it holds no record to restore.</source>
        <translation>Este archivo está vacío: no tiene datos que recuperar.</translation>
    </message>
    <message>
        <source>This file is not an il2desk backup.</source>
        <translation>Este archivo no es una copia de seguridad de il2desk.</translation>
    </message>
    <message>
        <source>This file belongs to another program: it is not an il2desk backup.</source>
        <translation>Este archivo es de otro programa: no es una copia de seguridad de il2desk.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Esta copia está dañada y no se puede recuperar.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of il2desk. Please restore it with that version.</source>
        <translation>Esta copia se hizo con una versión más nueva de il2desk. Recupérala con esa versión, por favor.</translation>
    </message>
    <message>
        <source>Your record is read-only here (its file, its folder or its disk), so no backup can take its place. il2desk does not change that by itself.</source>
        <translation>Aquí tus datos son de solo lectura (su archivo, su carpeta o su disco), así que ninguna copia de seguridad puede ocupar su lugar. il2desk no lo cambia por su cuenta.</translation>
    </message>
    <message>
        <source>The file where il2desk keeps your record is not a record file any more. It may have been overwritten by another program.</source>
        <translation>El archivo donde il2desk guarda tus datos ya no es un archivo de datos. Puede que otro programa lo haya sobrescrito.</translation>
    </message>
    <message>
        <source>The file where il2desk keeps your record belongs to another program: it is not an il2desk record. It may have been put there by mistake.</source>
        <translation>El archivo donde il2desk guarda tus datos es de otro programa: no es un registro de il2desk. Puede que se haya puesto ahí por error.</translation>
    </message>
    <message>
        <source>The file where il2desk keeps your record is damaged, perhaps by a crash or a full disk.</source>
        <translation>El archivo donde il2desk guarda tus datos está dañado, quizá por un cierre inesperado o por un disco lleno.</translation>
    </message>
    <message>
        <source>Your record was saved by a newer version of il2desk than this one. Please use the newer version, so that nothing it saved is lost.</source>
        <translation>Tus datos se guardaron con una versión de il2desk más nueva que esta. Usa la versión más nueva, por favor, para no perder nada de lo que guardó.</translation>
    </message>
    <message>
        <source>Another program has kept your record busy for a while, so il2desk cannot open it now. Please close that program (or wait a little) and try again.</source>
        <translation>Otro programa tiene ocupados tus datos desde hace un rato, así que il2desk no puede abrirlos ahora. Cierra ese programa (o espera un poco) y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>The disk is full, so il2desk cannot open your record for saving. Your record itself is fine. Please free some space, then start il2desk again.</source>
        <translation>El disco está lleno, así que il2desk no puede abrir tus datos para guardar. Tus datos están bien. Libera algo de espacio y vuelve a iniciar il2desk, por favor.</translation>
    </message>
    <message>
        <source>il2desk cannot save anything in your record: its file or its folder is read-only (or on a read-only disk), and il2desk does not change that by itself. Your record itself is fine. Please make it writable, or start il2desk with --data-dir and a folder you can write to.</source>
        <translation>il2desk no puede guardar nada en tus datos: su archivo o su carpeta es de solo lectura (o está en un disco de solo lectura), e il2desk no lo cambia por su cuenta. Tus datos están bien. Permite escribir en ellos, o inicia il2desk con --data-dir y una carpeta en la que puedas escribir, por favor.</translation>
    </message>
    <message>
        <source>Your record was saved by an older version of il2desk. This version has to bring it up to date before it can show it, and that means saving in it, but its file or its folder is read-only (or on a read-only disk), and il2desk does not change that by itself. Your record itself is fine. Please make it writable, or open it with the version of il2desk that saved it.</source>
        <translation>Tus datos se guardaron con una versión anterior de il2desk. Esta versión tiene que ponerlos al día antes de poder mostrarlos, y para eso tiene que guardar en ellos, pero su archivo o su carpeta es de solo lectura (o está en un disco de solo lectura), e il2desk no lo cambia por su cuenta. Tus datos están bien. Permite escribir en ellos, o ábrelos con la versión de il2desk que los guardó, por favor.</translation>
    </message>
    <message>
        <source>Nothing was changed in it.</source>
        <translation>No se cambió nada en él.</translation>
    </message>
    <message>
        <source>A copy was kept at {path}.</source>
        <translation>Se guardó una copia en {path}.</translation>
    </message>
    <message>
        <source>To go back to a backup, use File ▸ Restore a backup… in the window, or the command il2desk restore FILE.</source>
        <translation>Para volver a una copia de seguridad, usa Archivo ▸ Recuperar una copia… en la ventana, o la orden il2desk restore ARCHIVO.</translation>
    </message>
    <message>
        <source>Nothing was saved: your record is read-only here (its file, its folder or its disk), and il2desk does not change that by itself. You can look at it, and make copies and exports elsewhere.</source>
        <translation>No se ha guardado nada: aquí tus datos son de solo lectura (su archivo, su carpeta o su disco), e il2desk no lo cambia por su cuenta. Puedes verlos, y hacer copias y exportaciones en otro lugar.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing could be saved. Free some space and try again; what was saved before is safe.</source>
        <translation>El disco está lleno, así que no se pudo guardar nada. Libera algo de espacio y vuelve a intentarlo; lo que ya estaba guardado está a salvo.</translation>
    </message>
    <message>
        <source>The record file cannot be written (it is read-only). What was saved before is safe.</source>
        <translation>No se puede escribir en el archivo de datos (es de solo lectura). Lo que ya estaba guardado está a salvo.</translation>
    </message>
    <message>
        <source>Another program has kept your record busy for a while, so nothing was saved. What was saved before is safe. Please close that program (or wait a little) and try again.</source>
        <translation>Otro programa tiene ocupados tus datos desde hace un rato, así que no se guardó nada. Lo guardado antes está a salvo. Cierra ese programa (o espera un poco) y vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>The disk reported an error while saving. What was saved before is safe; please try again.</source>
        <translation>El disco avisó de un error al guardar. Lo que ya estaba guardado está a salvo; vuelve a intentarlo, por favor.</translation>
    </message>
    <message>
        <source>Belly, upper left</source>
        <translation>Barriga, arriba a la izquierda</translation>
    </message>
    <message>
        <source>Belly, upper right</source>
        <translation>Barriga, arriba a la derecha</translation>
    </message>
    <message>
        <source>Belly, lower left</source>
        <translation>Barriga, abajo a la izquierda</translation>
    </message>
    <message>
        <source>Belly, lower right</source>
        <translation>Barriga, abajo a la derecha</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Muslo izquierdo</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Muslo derecho</translation>
    </message>
    <message>
        <source>Back of left arm</source>
        <translation>Parte de atrás del brazo izquierdo</translation>
    </message>
    <message>
        <source>Back of right arm</source>
        <translation>Parte de atrás del brazo derecho</translation>
    </message>
    <message>
        <source>Belly</source>
        <translation>Barriga</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Muslos</translation>
    </message>
    <message>
        <source>Backs of the arms</source>
        <translation>Parte de atrás de los brazos</translation>
    </message>
    <message>
        <source>swelling</source>
        <translation>hinchazón</translation>
    </message>
    <message>
        <source>redness</source>
        <translation>enrojecimiento</translation>
    </message>
    <message>
        <source>lump (nodule)</source>
        <translation>bulto (nódulo)</translation>
    </message>
    <message>
        <source>scab</source>
        <translation>costra</translation>
    </message>
    <message>
        <source>other reaction</source>
        <translation>otra reacción</translation>
    </message>
    <message>
        <source>last used today</source>
        <translation>usada hoy por última vez</translation>
    </message>
    <message>
        <source>last used yesterday</source>
        <translation>usada ayer por última vez</translation>
    </message>
    <message>
        <source>last used {days} days ago</source>
        <translation>usada por última vez hace {days} días</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>todavía sin usar</translation>
    </message>
    <message>
        <source>open reaction: {kinds}, kept out of rotation until you mark it healed; {when}</source>
        <translation>reacción abierta: {kinds}; fuera de la rotación hasta que la marques como curada; {when}</translation>
    </message>
    <message>
        <source>open reaction, kept out of rotation until you mark it healed; {when}</source>
        <translation>reacción abierta; fuera de la rotación hasta que la marques como curada; {when}</translation>
    </message>
    <message>
        <source>{when}, the last site used, so it rests for now</source>
        <translation>{when}; es la última zona usada, así que descansa por ahora</translation>
    </message>
    <message>
        <source>{when}, no open reaction — suggested next</source>
        <translation>{when}, sin reacciones abiertas — sugerida para la próxima</translation>
    </message>
    <message>
        <source>{when}, no open reaction</source>
        <translation>{when}, sin reacciones abiertas</translation>
    </message>
    <message>
        <source>The folder for your record, {folder}, is a link to a place that does not exist (perhaps a disk that is not connected).</source>
        <translation>La carpeta de tus datos, {folder}, es un enlace a un sitio que no existe (quizá un disco que no está conectado).</translation>
    </message>
    <message>
        <source>The folder for your record, {folder}, is a file, not a folder.</source>
        <translation>La carpeta de tus datos, {folder}, es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was written. The folder for your record, {folder}, could not be made.</source>
        <translation>El disco está lleno: no se escribió nada. No se pudo crear la carpeta de tus datos, {folder}.</translation>
    </message>
    <message>
        <source>The folder for your record, {folder}, cannot be made or written: the place is read-only.</source>
        <translation>La carpeta de tus datos, {folder}, no se puede crear ni escribir: el sitio es de solo lectura.</translation>
    </message>
    <message>
        <source>The folder for your record, {folder}, cannot be used.</source>
        <translation>La carpeta de tus datos, {folder}, no se puede usar.</translation>
    </message>
    <message>
        <source>Nothing was changed. Please check the folder, or start il2desk with --data-dir and another folder.</source>
        <translation>No se cambió nada. Revisa la carpeta, o inicia il2desk con --data-dir y otra carpeta, por favor.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>over, nothing recorded</source>
        <translation>terminado, sin nada anotado</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>interrumpido antes de tiempo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>side effects</source>
        <translation>efectos secundarios</translation>
    </message>
    <message>
        <source>an infection</source>
        <translation>una infección</translation>
    </message>
    <message>
        <source>the doctor&apos;s decision</source>
        <translation>decisión del médico</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <source>given</source>
        <translation>puesta</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>olvidada</translation>
    </message>
    <message>
        <source>not given (course stopped)</source>
        <translation>no puesta (ciclo interrumpido)</translation>
    </message>
    <message>
        <source>stopped early ({reason})</source>
        <translation>interrumpido antes de tiempo ({reason})</translation>
    </message>
    <message>
        <source>under the skin, at home</source>
        <translation>bajo la piel, en casa</translation>
    </message>
    <message>
        <source>continuous infusion, in hospital</source>
        <translation>infusión continua, en el hospital</translation>
    </message>
    <message>
        <source>A short rise of viral load soon after a course is common and does not last.</source>
        <translation>Una subida corta de la carga viral poco después de un ciclo es frecuente y no dura.</translation>
    </message>
    <message>
        <source>The last course was hard to tolerate. Should the next course&apos;s dose go down one step, from {current} to {lower} a day?</source>
        <translation>El último ciclo fue difícil de tolerar. ¿Debe bajar un escalón la dosis del próximo ciclo, de {current} a {lower} al día?</translation>
    </message>
    <message>
        <source>My last reliable CD4 counts are all above {cells} cells/µL. Can the time between courses go from {current} to {longer} weeks?</source>
        <translation>Mis últimos recuentos de CD4 fiables están todos por encima de {cells} células/µL. ¿Puede pasar el tiempo entre ciclos de {current} a {longer} semanas?</translation>
    </message>
    <message>
        <source>Please keep your questions under {characters} characters.</source>
        <translation>Escribe tus preguntas en menos de {characters} caracteres.</translation>
    </message>
    <message>
        <source>I started less than {months} months ago. When can we judge whether the dose works?</source>
        <translation>Empecé hace menos de {months} meses. ¿Cuándo podremos saber si la dosis funciona?</translation>
    </message>
    <message>
        <source>{days}, {dose} a day</source>
        <translation>{days}, {dose} al día</translation>
    </message>
    <message>
        <source>{days} × {injections} of {dose}</source>
        <translation>{days} × {injections} de {dose}</translation>
    </message>
    <message>
        <source>Do my anti-HIV medicines and my medicines that prevent infections (such as PCP) stay as they are during the courses?</source>
        <translation>¿Sigo igual con mis medicamentos contra el VIH y los que previenen infecciones (como la PCP) durante los ciclos?</translation>
    </message>
    <message>
        <source>Next course planned from {start}, {dose} per injection.</source>
        <translation>Próximo ciclo previsto desde el {start}, {dose} por inyección.</translation>
    </message>
    <message>
        <source>This course was already stopped.</source>
        <translation>Este ciclo ya se interrumpió.</translation>
    </message>
    <message>
        <source>This course was cancelled.</source>
        <translation>Este ciclo se canceló.</translation>
    </message>
    <message>
        <source>This course has no injections left to stop.</source>
        <translation>A este ciclo no le quedan inyecciones que interrumpir.</translation>
    </message>
    <message>
        <source>This course has not begun: cancel it instead.</source>
        <translation>Este ciclo no ha empezado: cancélalo en su lugar.</translation>
    </message>
    <message>
        <source>The time the course stopped cannot be in the future.</source>
        <translation>El momento en que se interrumpió el ciclo no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The time the course stopped is before the course began.</source>
        <translation>El momento en que se interrumpió el ciclo es anterior a su comienzo.</translation>
    </message>
    <message>
        <source>An injection was given after that time: the course stopped after it.</source>
        <translation>Se puso una inyección después de ese momento: el ciclo se interrumpió más tarde.</translation>
    </message>
    <message>
        <source>This course was already cancelled.</source>
        <translation>Este ciclo ya estaba cancelado.</translation>
    </message>
    <message>
        <source>This course has begun: stop it instead.</source>
        <translation>Este ciclo ya ha empezado: interrúmpelo en su lugar.</translation>
    </message>
    <message>
        <source>There is no course number {number}.</source>
        <translation>No hay ningún ciclo con el número {number}.</translation>
    </message>
    <message numerus="yes">
        <source>Please leave at least %n hour(s) between the morning and the evening injection.</source>
        <translation>
            <numerusform>Deja al menos %n hora entre la inyección de la mañana y la de la noche, por favor.</numerusform>
            <numerusform>Deja al menos %n horas entre la inyección de la mañana y la de la noche, por favor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n injection(s)</source>
        <translation>
            <numerusform>%n inyección</numerusform>
            <numerusform>%n inyecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when}, one of your last %n site(s), so it rests for now</source>
        <translation>
            <numerusform>{when}; es una de tus últimas %n zonas, así que descansa por ahora</numerusform>
            <numerusform>{when}; es una de tus últimas %n zonas, así que descansa por ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drawn %n day(s) after the last injection of the course that started on {start}.</source>
        <translation>
            <numerusform>Extraído %n día después de la última inyección del ciclo que empezó el {start}.</numerusform>
            <numerusform>Extraído %n días después de la última inyección del ciclo que empezó el {start}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the program&apos;s path has a line break in it: {path}</source>
        <translation>la ruta del programa tiene un salto de línea: {path}</translation>
    </message>
    <message>
        <source>could not add il2desk to the applications menu: {reason} ({file})</source>
        <translation>no se pudo añadir il2desk al menú de aplicaciones: {reason} ({file})</translation>
    </message>
    <message>
        <source>could not remove il2desk from the applications menu: {reason} ({file})</source>
        <translation>no se pudo quitar il2desk del menú de aplicaciones: {reason} ({file})</translation>
    </message>
</context>
</TS>
