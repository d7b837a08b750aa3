<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="16"/>
        <source>Der Fall wurde nicht gefunden.</source>
        <translation>The case was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="71"/>
        <source>Die Person wurde nicht gefunden.</source>
        <translation>The person was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="78"/>
        <source>Für diese Person ist bereits ein Fall offen. Schließen Sie ihn ab, bevor Sie einen neuen Fall eröffnen.</source>
        <translation>A case is already open for this person. Close it before opening a new case.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="89"/>
        <source>Fall eröffnet</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="97"/>
        <source>Bitte wählen Sie eine gültige Phase.</source>
        <translation>Please select a valid phase.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="101"/>
        <source>Der Fall ist abgeschlossen und kann nicht wieder geöffnet werden. Eröffnen Sie bei Bedarf einen neuen Fall.</source>
        <translation>The case is closed and cannot be reopened. Open a new case if needed.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="107"/>
        <source>Der Fall befindet sich bereits in dieser Phase.</source>
        <translation>The case is already in this phase.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="142"/>
        <source>Bitte beschreiben Sie das Ziel.</source>
        <translation>Please describe the goal.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="145"/>
        <source>Bitte wählen Sie ein Handlungsfeld für das Ziel.</source>
        <translation>Please select a field of action for the goal.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="148"/>
        <source>Bitte wählen Sie einen Stand für das Ziel.</source>
        <translation>Please select a status for the goal.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="152"/>
        <source>Der Fall ist abgeschlossen; Ziele können nicht mehr geändert werden.</source>
        <translation>The case is closed; goals can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="173"/>
        <source>Das Ziel wurde nicht gefunden.</source>
        <translation>The goal was not found.</translation>
    </message>
</context>
<context>
    <name>CaseRules</name>
    <message>
        <location filename="../../src/core/CaseRules.cpp" line="32"/>
        <source>Der Fall wurde nicht gefunden.</source>
        <translation>The case was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRules.cpp" line="36"/>
        <source>Der Fall ist abgeschlossen. In einem abgeschlossenen Fall kann nichts mehr eingetragen werden.</source>
        <translation>The case is closed. Nothing more can be recorded in a closed case.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="104"/>
        <source>Eingewanderte und ihre Nachkommen</source>
        <translation>Immigrants and their descendants</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="106"/>
        <source>Eingewanderte aus Mittel- und Südosteuropa (MSOE)</source>
        <translation>Immigrants from Central and South-Eastern Europe (MSOE)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="108"/>
        <source>Schutzsuchende seit 2015</source>
        <translation>People seeking protection since 2015</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="110"/>
        <source>Schutzsuchende aus der Ukraine</source>
        <translation>People seeking protection from Ukraine</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="112"/>
        <location filename="../../src/core/Catalog.cpp" line="126"/>
        <location filename="../../src/core/Catalog.cpp" line="159"/>
        <location filename="../../src/core/Catalog.cpp" line="214"/>
        <location filename="../../src/core/Catalog.cpp" line="232"/>
        <location filename="../../src/core/Catalog.cpp" line="250"/>
        <location filename="../../src/core/Catalog.cpp" line="264"/>
        <location filename="../../src/core/Catalog.cpp" line="276"/>
        <location filename="../../src/core/Catalog.cpp" line="292"/>
        <location filename="../../src/core/Catalog.cpp" line="302"/>
        <location filename="../../src/core/Catalog.cpp" line="349"/>
        <location filename="../../src/core/Catalog.cpp" line="372"/>
        <location filename="../../src/core/Catalog.cpp" line="394"/>
        <location filename="../../src/core/Catalog.cpp" line="412"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="118"/>
        <source>Eingewanderte</source>
        <translation>Immigrants</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="120"/>
        <source>MSOE</source>
        <translation>MSOE</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="122"/>
        <source>Schutzsuchende</source>
        <translation>Protection seekers</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="124"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="198"/>
        <source>EU-Freizügigkeit</source>
        <translation>EU freedom of movement</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="200"/>
        <source>Aufenthaltsgestattung</source>
        <translation>Permission to reside during asylum procedure (Aufenthaltsgestattung)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="202"/>
        <source>Duldung</source>
        <translation>Toleration (Duldung)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="204"/>
        <source>Aufenthaltserlaubnis</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="206"/>
        <source>Aufenthaltserlaubnis (§ 24 AufenthG)</source>
        <translation>Residence permit (§ 24 AufenthG)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="208"/>
        <source>Niederlassungserlaubnis</source>
        <translation>Settlement permit</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="210"/>
        <source>eingebürgert</source>
        <translation>naturalised</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="212"/>
        <source>sonstiger Status</source>
        <translation>other status</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="220"/>
        <source>Klärung</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="222"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="224"/>
        <source>Hilfeplanung</source>
        <translation>Support planning</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="226"/>
        <source>Umsetzung</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="228"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="230"/>
        <source>Abschluss</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="238"/>
        <source>Zusammenleben und Teilhabe</source>
        <translation>Community life and participation</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="240"/>
        <source>Wohnen und Mobilität</source>
        <translation>Housing and mobility</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="242"/>
        <source>Institutionen und Professionalisierung</source>
        <translation>Institutions and professionalisation</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="244"/>
        <source>Gesundheit und Pflege</source>
        <translation>Health and care</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="246"/>
        <source>Arbeit und Wirtschaft</source>
        <translation>Work and economy</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="248"/>
        <source>Sprache und Bildung</source>
        <translation>Language and education</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="256"/>
        <source>persönlich</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="258"/>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="260"/>
        <source>Hausbesuch</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="262"/>
        <source>Video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="270"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="272"/>
        <source>Sprachlotse/Sprachlotsin</source>
        <translation>language mediator</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="274"/>
        <source>professionell</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="282"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="284"/>
        <source>in Arbeit</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="286"/>
        <source>erreicht</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="288"/>
        <source>nicht erreicht</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="290"/>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="298"/>
        <source>Fallarbeit</source>
        <translation>Case work</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="300"/>
        <source>Fallarbeit und Weitergabe an vermittelte Stellen</source>
        <translation>Case work and disclosure to institutions referred to</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="317"/>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="319"/>
        <source>Agentur für Arbeit</source>
        <translation>Agentur für Arbeit (employment agency)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="321"/>
        <source>Ausländerbehörde</source>
        <translation>Ausländerbehörde (immigration office)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="323"/>
        <source>Einbürgerungsbehörde</source>
        <translation>Naturalisation authority</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="325"/>
        <source>BAMF</source>
        <translation>BAMF</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="327"/>
        <source>Migrationsberatung</source>
        <translation>Migration counselling</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="329"/>
        <source>Jugendmigrationsdienst</source>
        <translation>Youth migration service</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="331"/>
        <source>Flüchtlingsberatung</source>
        <translation>Refugee counselling</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="333"/>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="335"/>
        <source>Bildung, Schule, Kita</source>
        <translation>Education, school, day care</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="337"/>
        <source>Sprachkursträger</source>
        <translation>Language course provider</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="339"/>
        <source>Sozialamt</source>
        <translation>Social welfare office</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="341"/>
        <source>Familienkasse</source>
        <translation>Familienkasse (child benefit office)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="343"/>
        <source>Antidiskriminierung</source>
        <translation>Anti-discrimination</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="345"/>
        <source>Sprachlotsen</source>
        <translation>Language mediators</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="347"/>
        <source>sonstige Stelle</source>
        <translation>other institution</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="370"/>
        <source>kein Rechtskreis</source>
        <translation>no legal domain</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="378"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="380"/>
        <source>übermittelt</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="382"/>
        <source>Termin vereinbart</source>
        <translation>appointment made</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="384"/>
        <source>in Bearbeitung</source>
        <translation>being processed</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="386"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="388"/>
        <source>abgelehnt</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="390"/>
        <source>keine Rückmeldung</source>
        <translation>no response</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="392"/>
        <source>weitervermittelt</source>
        <translation>referred on</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="400"/>
        <source>Stammdaten (Name, Geburtsdatum, Aktenzeichen)</source>
        <translation>Personal details (name, date of birth, file reference)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="402"/>
        <source>Kontaktdaten (Anschrift, Telefon, E-Mail)</source>
        <translation>Contact details (address, phone, email)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="404"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="406"/>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="408"/>
        <source>Sprachen und Dolmetschbedarf</source>
        <translation>Languages and need for an interpreter</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="410"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../forms/workspace/ChangePasswordDialog.ui" line="6"/>
        <source>Passwort ändern</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/ChangePasswordDialog.ui" line="23"/>
        <source>&amp;Bisheriges Passwort:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/ChangePasswordDialog.ui" line="40"/>
        <source>&amp;Neues Passwort:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/ChangePasswordDialog.ui" line="57"/>
        <source>Neues Passwort &amp;wiederholen:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/ChangePasswordDialog.ui" line="74"/>
        <source>Mindestens 12 Zeichen.</source>
        <translation>At least 12 characters.</translation>
    </message>
</context>
<context>
    <name>ClientEditorWidget</name>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="9"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="9"/>
        <source>&amp;Vorname:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="9"/>
        <source>&amp;Nachname:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="9"/>
        <source>&amp;Geburtsdatum:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="9"/>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="9"/>
        <source>Sp&amp;rachen:</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="9"/>
        <source>z. B. Arabisch, Kurdisch, etwas Deutsch</source>
        <translation>e.g. Arabic, Kurdish, some German</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="9"/>
        <source>&amp;Braucht Dolmetschung</source>
        <translation>Needs an &amp;interpreter</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="10"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="10"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="10"/>
        <source>&amp;E-Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="10"/>
        <source>&amp;Anschrift:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="10"/>
        <source>Straße, Hausnummer, PLZ Ort</source>
        <translation>Street, house number, postcode, town</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>Zuordnung</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>&amp;Zielgruppe:</source>
        <translation>&amp;Target group:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>A&amp;ufenthaltsstatus:</source>
        <translation>&amp;Residence status:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>An&amp;merkung:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>z. B. gültig bis, Antrag läuft</source>
        <translation>e.g. valid until, application pending</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="12"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="15"/>
        <source>Beziehung</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="15"/>
        <source>Geburtsjahr</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="16"/>
        <source>&amp;Person hinzufügen</source>
        <translation>A&amp;dd person</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="16"/>
        <source>Pers&amp;on entfernen</source>
        <translation>Remo&amp;ve person</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="26"/>
        <source>Änderungen ver&amp;werfen</source>
        <translation>Discard c&amp;hanges</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="27"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="27"/>
        <source>Stammdaten speichern (Strg+S)</source>
        <translation>Save personal details (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="71"/>
        <source>Bitte geben Sie den Nachnamen ein.</source>
        <translation>Please enter the last name.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="74"/>
        <source>Bitte geben Sie den Vornamen ein.</source>
        <translation>Please enter the first name.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="77"/>
        <source>Das Geburtsdatum liegt in der Zukunft.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="80"/>
        <source>Bitte wählen Sie eine Zielgruppe.</source>
        <translation>Please select a target group.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="83"/>
        <source>Bitte wählen Sie einen Wohnort.</source>
        <translation>Please select a place of residence.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="86"/>
        <source>Bitte wählen Sie einen Aufenthaltsstatus.</source>
        <translation>Please select a residence status.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="90"/>
        <source>Bitte geben Sie den Namen jedes Haushaltsmitglieds ein.</source>
        <translation>Please enter the name of every household member.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="181"/>
        <location filename="../../src/core/ClientRepository.cpp" line="240"/>
        <source>Die Person wurde nicht gefunden.</source>
        <translation>The person was not found.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../forms/casefile/ConsentDialog.ui" line="5"/>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsentDialog.ui" line="9"/>
        <source>Erfassen Sie hier die schriftliche Einwilligung nach DSGVO. Ohne gültige Einwilligung ist keine Fallarbeit möglich.</source>
        <translation>Record the written consent under the GDPR (DSGVO) here. Without valid consent, no case work is possible.</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsentDialog.ui" line="10"/>
        <source>Erteilt &amp;am:</source>
        <translation>Given &amp;on:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsentDialog.ui" line="10"/>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsentDialog.ui" line="10"/>
        <source>&amp;Umfang:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsentDialog.ui" line="10"/>
        <source>&amp;Formularversion:</source>
        <translation>&amp;Form version:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsentDialog.ui" line="10"/>
        <source>z. B. KIM-EW 2025-01</source>
        <translation>e.g. KIM-EW 2025-01</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="45"/>
        <source>Einwilligung widerrufen</source>
        <translation>Revoke consent</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="68"/>
        <source>Das Datum der Einwilligung fehlt oder liegt in der Zukunft.</source>
        <translation>The date of the consent is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="72"/>
        <source>Bitte geben Sie die Version des Einwilligungsformulars an.</source>
        <translation>Please enter the version of the consent form.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="76"/>
        <source>Bitte wählen Sie den Umfang der Einwilligung.</source>
        <translation>Please select the scope of the consent.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="79"/>
        <source>Das Datum des Widerrufs ist ungültig.</source>
        <translation>The date of revocation is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="85"/>
        <source>Die Person wurde nicht gefunden.</source>
        <translation>The person was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="102"/>
        <location filename="../../src/core/ConsentRepository.cpp" line="112"/>
        <source>Die Einwilligung wurde nicht gefunden.</source>
        <translation>The consent was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="116"/>
        <source>Diese Einwilligung wurde bereits widerrufen.</source>
        <translation>This consent has already been revoked.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="119"/>
        <source>Das Datum des Widerrufs fehlt, liegt in der Zukunft oder vor der Einwilligung.</source>
        <translation>The date of revocation is missing, in the future or before the consent.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="147"/>
        <source>Für diese Person liegt heute keine gültige Einwilligung vor. Bitte erfassen Sie zuerst die Einwilligung; ohne sie darf nicht weitergearbeitet werden.</source>
        <translation>There is no valid consent for this person today. Please record the consent first; no further work is permitted without it.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="5"/>
        <source>Beratungskontakt</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source>Da&amp;uer:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source>Dolmetsc&amp;hung:</source>
        <translation>&amp;Interpreting:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source>Besprochene Handlungsfelder</source>
        <translation>Fields of action discussed</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source>&amp;Notizen:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/ConsultationDialog.ui" line="10"/>
        <source>Was wurde besprochen, was wurde vereinbart, wohin wurde verwiesen?</source>
        <translation>What was discussed, what was agreed, where was the client referred?</translation>
    </message>
</context>
<context>
    <name>ConsultationRepository</name>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="35"/>
        <source>Das Datum des Gesprächs fehlt oder liegt in der Zukunft.</source>
        <translation>The date of the conversation is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="40"/>
        <source>Die Dauer muss zwischen 1 und 600 Minuten liegen.</source>
        <translation>The duration must be between 1 and 600 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="43"/>
        <source>Bitte wählen Sie die Art des Kontakts.</source>
        <translation>Please select the type of contact.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="46"/>
        <source>Bitte wählen Sie, ob gedolmetscht wurde.</source>
        <translation>Please select whether interpreting was provided.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="49"/>
        <source>Die Handlungsfelder sind ungültig.</source>
        <translation>The fields of action are invalid.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="93"/>
        <location filename="../../src/core/ConsultationRepository.cpp" line="119"/>
        <source>Der Beratungskontakt wurde nicht gefunden.</source>
        <translation>The consultation was not found.</translation>
    </message>
</context>
<context>
    <name>ContactBook</name>
    <message>
        <location filename="../../src/exchange/ContactBook.cpp" line="44"/>
        <source>Es gibt schon einen Kontakt mit derselben Schlüsselkennung, aber anderen Schlüsseln. Bitte prüfen Sie die Kontaktkarte.</source>
        <translation>There is already a contact with the same key ID but different keys. Please check the contact card.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/ContactBook.cpp" line="79"/>
        <source>Der Kontakt wurde nicht gefunden oder ist bereits widerrufen.</source>
        <translation>The contact was not found or has already been revoked.</translation>
    </message>
</context>
<context>
    <name>CreateWorkspaceDialog</name>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="6"/>
        <source>Neue Arbeitsmappe anlegen</source>
        <translation>Create new workspace</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="21"/>
        <source>Die Arbeitsmappe ist eine verschlüsselte Datei. Ohne das Passwort kann niemand sie öffnen – auch Sie nicht. Bitte bewahren Sie das Passwort sicher auf.</source>
        <translation>The workspace is an encrypted file. Without the password nobody can open it – not even you. Please keep the password in a safe place.</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="33"/>
        <source>&amp;Speicherort:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="48"/>
        <source>&amp;Durchsuchen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="60"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="77"/>
        <source>Passwort &amp;wiederholen:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="94"/>
        <source>Mindestens 12 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.</source>
        <translation>At least 12 characters. A sentence of several words is easy to remember and hard to guess.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/storage/Database.cpp" line="40"/>
        <source>Die Datei %1 gibt es schon. Bitte wählen Sie einen anderen Namen.</source>
        <translation>The file %1 already exists. Please choose a different name.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="46"/>
        <source>Die Arbeitsmappe kann hier nicht angelegt werden: In den Ordner %1 kann nicht geschrieben werden.</source>
        <translation>The workspace cannot be created here: the folder %1 is not writable.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="69"/>
        <source>Die Arbeitsmappe %1 wurde nicht gefunden.</source>
        <translation>The workspace %1 was not found.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="97"/>
        <source>Die Arbeitsmappe lässt sich mit diesem Schlüssel nicht entschlüsseln: Sie ist beschädigt oder gehört nicht zu dieser Schlüsseldatei. Es wurde nichts verändert.</source>
        <translation>The workspace cannot be decrypted with this key: it is damaged or does not belong to this key file. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="147"/>
        <source>Die Arbeitsmappe ist beschädigt (eine Datenseite hat die Echtheitsprüfung nicht bestanden). Es wurde nichts verändert. Bitte stellen Sie sie aus einer Sicherung wieder her.</source>
        <translation>The workspace is damaged (a data page failed the authenticity check). Nothing was changed. Please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="17"/>
        <source>Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; alle früheren Daten sind unverändert.</source>
        <translation>The disk is full. The last change was not saved; all earlier data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="23"/>
        <source>Die Arbeitsmappe ist beschädigt oder passt nicht zu ihrer Schlüsseldatei. Bitte stellen Sie sie aus einer Sicherung wieder her.</source>
        <translation>The workspace is damaged or does not match its key file. Please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="31"/>
        <source>Auf die Arbeitsmappe kann nicht zugegriffen werden (keine Schreibrechte oder der Ordner fehlt).</source>
        <translation>The workspace cannot be accessed (no write permission or the folder is missing).</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="38"/>
        <source>Die Arbeitsmappe wird gerade von einem anderen Programm benutzt.</source>
        <translation>The workspace is currently being used by another program.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="42"/>
        <source>Die Angaben widersprechen vorhandenen Daten und wurden nicht gespeichert.</source>
        <translation>The details conflict with existing data and were not saved.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="47"/>
        <source>Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Die letzte Änderung wurde nicht gespeichert.</source>
        <translation>An error occurred while writing to the disk. The last change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="52"/>
        <source>Interner Datenbankfehler (Code %1). Die letzte Änderung wurde nicht gespeichert.</source>
        <translation>Internal database error (code %1). The last change was not saved.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="266"/>
        <source>Ehefrau</source>
        <translation>Wife</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="267"/>
        <source>Ehemann</source>
        <translation>Husband</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="268"/>
        <source>Tochter</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="269"/>
        <source>Sohn</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="303"/>
        <source>Fall eröffnet</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="304"/>
        <source>Situations- und Ressourcenanalyse begonnen</source>
        <translation>Analysis of situation and resources started</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="305"/>
        <source>Ziele im Hilfeplan vereinbart</source>
        <translation>Goals agreed in the support plan</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="306"/>
        <source>Vermittlung an Fachdienste begonnen</source>
        <translation>Referral to specialist services started</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="307"/>
        <source>Begleitung reduziert, Ziele werden überprüft</source>
        <translation>Support reduced, goals under review</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="308"/>
        <source>Ziele überprüft, Fall abgeschlossen</source>
        <translation>Goals reviewed, case closed</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="321"/>
        <source>Einwilligung widerrufen</source>
        <translation>Revoke consent</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="379"/>
        <source>Klientin</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoGenerator.cpp" line="380"/>
        <source>Klient</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>DemoReferrals</name>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="66"/>
        <source>Antrag auf Bürgergeld, Klärung der Unterlagen</source>
        <translation>Application for Bürgergeld (citizen&apos;s benefit), clarifying the documents</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="69"/>
        <source>Berufsberatung und Anerkennung der Qualifikation</source>
        <translation>Career guidance and recognition of qualifications</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="71"/>
        <source>Verlängerung des Aufenthaltstitels</source>
        <translation>Extension of the residence title</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="74"/>
        <source>Beratung zur Einbürgerung</source>
        <translation>Advice on naturalisation</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="77"/>
        <source>Rückfrage zum Asylverfahren</source>
        <translation>Query about the asylum procedure</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="81"/>
        <source>Impfberatung und Schuleingangsuntersuchung</source>
        <translation>Vaccination advice and school entry health check</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="84"/>
        <source>Schul- oder Kita-Platz für die Kinder</source>
        <translation>School or day-care place for the children</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="87"/>
        <source>Anmeldung zum Integrationskurs</source>
        <translation>Registration for the integration course</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="90"/>
        <source>Übernahme der Mietkaution</source>
        <translation>Payment of the rent deposit</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="93"/>
        <source>Antrag auf Kindergeld</source>
        <translation>Application for child benefit</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="97"/>
        <source>Beratung nach Diskriminierung bei der Wohnungssuche</source>
        <translation>Counselling after discrimination when looking for housing</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="99"/>
        <source>Sprachlotse für einen Arzttermin</source>
        <translation>Language mediator for a doctor&apos;s appointment</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="102"/>
        <source>Beratung zum Familiennachzug</source>
        <translation>Advice on family reunification</translation>
    </message>
    <message>
        <location filename="../../src/core/DemoReferrals.cpp" line="197"/>
        <source>Vermittlung: %1</source>
        <translation>Referral: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../forms/casefile/FollowUpDialog.ui" line="5"/>
        <source>Wiedervorlage anlegen</source>
        <translation>Create follow-up</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/FollowUpDialog.ui" line="10"/>
        <source>&amp;Fällig am:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/FollowUpDialog.ui" line="10"/>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/FollowUpDialog.ui" line="10"/>
        <source>&amp;Was ist zu tun?</source>
        <translation>&amp;What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/FollowUpDialog.ui" line="10"/>
        <source>z. B. Bescheid vom Jobcenter nachfragen</source>
        <translation>e.g. chase up the decision from the Jobcenter</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="57"/>
        <source>Bitte geben Sie an, worum es bei der Wiedervorlage geht.</source>
        <translation>Please state what the follow-up is about.</translation>
    </message>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="62"/>
        <source>Bitte geben Sie das Datum der Wiedervorlage an.</source>
        <translation>Please enter the date of the follow-up.</translation>
    </message>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="66"/>
        <source>Das Erledigt-Datum darf nicht in der Zukunft liegen.</source>
        <translation>The completion date must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="82"/>
        <location filename="../../src/core/FollowUpRepository.cpp" line="95"/>
        <source>Die Wiedervorlage wurde nicht gefunden.</source>
        <translation>The follow-up was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="90"/>
        <source>Das Erledigt-Datum fehlt oder liegt in der Zukunft.</source>
        <translation>The completion date is missing or in the future.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../forms/casefile/GoalDialog.ui" line="5"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/GoalDialog.ui" line="10"/>
        <source>&amp;Handlungsfeld:</source>
        <translation>&amp;Field of action:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/GoalDialog.ui" line="10"/>
        <source>&amp;Ziel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/GoalDialog.ui" line="10"/>
        <source>Was soll erreicht werden? z. B. Anmeldung zum Integrationskurs</source>
        <translation>What should be achieved? e.g. registration for the integration course</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/GoalDialog.ui" line="10"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/GoalDialog.ui" line="10"/>
        <source>Ziel&amp;datum:</source>
        <translation>Target &amp;date:</translation>
    </message>
    <message>
        <location filename="../../forms/casefile/GoalDialog.ui" line="10"/>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="37"/>
        <source>Bitte geben Sie den Namen der Einrichtung ein.</source>
        <translation>Please enter the name of the institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="40"/>
        <source>Bitte wählen Sie die Art der Einrichtung.</source>
        <translation>Please select the type of institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="43"/>
        <source>Bitte wählen Sie den Rechtskreis.</source>
        <translation>Please select the legal domain.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="46"/>
        <source>Bitte wählen Sie den Ort oder „kreisweit“.</source>
        <translation>Please select the town or “district-wide”.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="52"/>
        <source>Eine Einrichtung mit diesem Namen gibt es bereits.</source>
        <translation>An institution with this name already exists.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="84"/>
        <location filename="../../src/core/InstitutionRepository.cpp" line="106"/>
        <location filename="../../src/core/InstitutionRepository.cpp" line="121"/>
        <source>Die Einrichtung wurde nicht gefunden.</source>
        <translation>The institution was not found.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="26"/>
        <source>Die Schlüsseldatei der Arbeitsmappe ist beschädigt. Bitte stellen Sie sie aus einer Sicherung wieder her.</source>
        <translation>The key file of the workspace is damaged. Please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="98"/>
        <source>Die Schlüsseldatei %1 fehlt. Ohne sie lässt sich die Arbeitsmappe nicht öffnen.</source>
        <translation>The key file %1 is missing. The workspace cannot be opened without it.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="116"/>
        <source>Die Schlüsseldatei stammt aus einer neueren Programmversion. Bitte aktualisieren Sie KIM Fallakte.</source>
        <translation>The key file comes from a newer version of the program. Please update KIM Fallakte.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="159"/>
        <source>In den Ordner %1 kann nicht geschrieben werden.</source>
        <translation>The folder %1 is not writable.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="166"/>
        <source>Die Schlüsseldatei konnte nicht gespeichert werden (Datenträger voll oder nicht beschreibbar). Die bisherige Datei ist unverändert.</source>
        <translation>The key file could not be saved (disk full or not writable). The existing file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="184"/>
        <source>Das Passwort ist falsch.</source>
        <translation>The password is incorrect.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="201"/>
        <source>Der Schlüsselplatz wurde nicht gefunden.</source>
        <translation>The key slot was not found.</translation>
    </message>
</context>
<context>
    <name>LegalDomainRepository</name>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="20"/>
        <source>Bitte wählen Sie den Rechtskreis.</source>
        <translation>Please select the legal domain.</translation>
    </message>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="24"/>
        <source>Der Beginn fehlt oder liegt in der Zukunft.</source>
        <translation>The start date is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="27"/>
        <source>Das Ende liegt vor dem Beginn.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="58"/>
        <source>Für diesen Rechtskreis gibt es in diesem Zeitraum schon einen Eintrag. Bitte beenden Sie zuerst den vorigen Zeitraum.</source>
        <translation>There is already an entry for this legal domain in this period. Please end the previous period first.</translation>
    </message>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="76"/>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="84"/>
        <source>Der Zeitraum wurde nicht gefunden.</source>
        <translation>The period was not found.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="42"/>
        <source>Die Arbeitsmappe wurde mit einer neueren Version von KIM Fallakte gespeichert. Bitte aktualisieren Sie das Programm.</source>
        <translation>The workspace was saved with a newer version of KIM Fallakte. Please update the program.</translation>
    </message>
</context>
<context>
    <name>PackageError</name>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="36"/>
        <source>Die Datei ist kein Austauschpaket (sie ist nicht im age-Format verschlüsselt).</source>
        <translation>The file is not an exchange package (it is not encrypted in age format).</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="39"/>
        <source>Das Paket hat ein Format oder eine Version, die dieses Programm nicht kennt. Bitte aktualisieren Sie KIM Fallakte.</source>
        <translation>The package has a format or version that this program does not recognise. Please update KIM Fallakte.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="43"/>
        <source>Das Paket ist beschädigt oder wurde verändert. Bitte lassen Sie es sich erneut schicken.</source>
        <translation>The package is damaged or has been altered. Please ask for it to be sent again.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="46"/>
        <source>Das Paket ist nicht für diese Arbeitsmappe verschlüsselt.</source>
        <translation>The package is not encrypted for this workspace.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="48"/>
        <source>Das Passwort für diese Datei ist falsch.</source>
        <translation>The password for this file is incorrect.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="50"/>
        <source>Die Signatur des Pakets ist ungültig: Es wurde verändert oder nicht vom angegebenen Absender signiert.</source>
        <translation>The signature of the package is invalid: it has been altered or was not signed by the stated sender.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="55"/>
        <source>Das Paket ist von einem Absender signiert, der nicht zu Ihren bestätigten Kontakten gehört oder dessen Kontakt widerrufen wurde.</source>
        <translation>The package is signed by a sender who is not one of your confirmed contacts or whose contact has been revoked.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="60"/>
        <source>Das Paket ist laut seinem signierten Inhalt nicht an diese Arbeitsmappe gerichtet.</source>
        <translation>According to its signed content, the package is not addressed to this workspace.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="63"/>
        <source>Dieses Paket wurde bereits eingelesen.</source>
        <translation>This package has already been imported.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="65"/>
        <source>Die Datei ist zu groß für ein Austauschpaket.</source>
        <translation>The file is too large for an exchange package.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="67"/>
        <source>Die Kontaktkarte ist ungültig oder beschädigt.</source>
        <translation>The contact card is invalid or damaged.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="71"/>
        <source>Der Schlüssel ist ungültig oder beschädigt.</source>
        <translation>The key is invalid or damaged.</translation>
    </message>
</context>
<context>
    <name>ReferralReleaseRepository</name>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="55"/>
        <source>Die Schweigepflichtentbindung wurde nicht gefunden.</source>
        <translation>The release from confidentiality was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="63"/>
        <source>Eine erfasste Schweigepflichtentbindung kann nicht geändert werden. Bitte widerrufen Sie sie und erfassen Sie eine neue.</source>
        <translation>A recorded release from confidentiality cannot be changed. Please revoke it and record a new one.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="68"/>
        <source>Das Datum der Schweigepflichtentbindung fehlt oder liegt in der Zukunft.</source>
        <translation>The date of the release from confidentiality is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="74"/>
        <source>Bitte geben Sie den Zweck der Weitergabe an.</source>
        <translation>Please enter the purpose of the disclosure.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="78"/>
        <source>Bitte wählen Sie aus, welche Angaben weitergegeben werden dürfen.</source>
        <translation>Please select which details may be disclosed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="82"/>
        <source>Die Person wurde nicht gefunden.</source>
        <translation>The person was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="85"/>
        <source>Die Einrichtung wurde nicht gefunden.</source>
        <translation>The institution was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="101"/>
        <source>Diese Schweigepflichtentbindung wurde bereits widerrufen.</source>
        <translation>This release from confidentiality has already been revoked.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="105"/>
        <source>Das Datum des Widerrufs fehlt, liegt in der Zukunft oder vor der Schweigepflichtentbindung.</source>
        <translation>The date of revocation is missing, in the future or before the release from confidentiality.</translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="69"/>
        <source>Bitte beschreiben Sie kurz den Anlass der Vermittlung.</source>
        <translation>Please briefly describe the reason for the referral.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="73"/>
        <source>Bitte wählen Sie ein Handlungsfeld.</source>
        <translation>Please select a field of action.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="76"/>
        <source>Das Datum der Vermittlung fehlt oder liegt in der Zukunft.</source>
        <translation>The date of the referral is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="80"/>
        <source>Die Rückmeldung kann nicht vor der Vermittlung erwartet werden.</source>
        <translation>A response cannot be expected before the referral.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="86"/>
        <source>Bitte wählen Sie eine Einrichtung.</source>
        <translation>Please select an institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="89"/>
        <source>Diese Einrichtung ist archiviert und nimmt keine neuen Vermittlungen an.</source>
        <translation>This institution is archived and does not accept new referrals.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="139"/>
        <source>Die Vermittlung wurde nicht gefunden.</source>
        <translation>The referral was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="154"/>
        <source>Die Vermittlung wurde bereits übermittelt; Einrichtung und Datum können nicht mehr geändert werden.</source>
        <translation>The referral has already been sent; institution and date can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="187"/>
        <source>Die Einwilligung dieser Person umfasst keine Weitergabe an vermittelte Stellen. Bitte erfassen Sie zuerst eine entsprechende Einwilligung.</source>
        <translation>This person&apos;s consent does not cover disclosure to institutions referred to. Please record an appropriate consent first.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="195"/>
        <source>Für diese Einrichtung liegt keine gültige Schweigepflichtentbindung vor. Ohne sie dürfen keine Daten weitergegeben werden.</source>
        <translation>There is no valid release from confidentiality for this institution. Without it, no data may be disclosed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="208"/>
        <source>Der Status kann nicht von „%1“ zu „%2“ wechseln.</source>
        <translation>The status cannot change from “%1” to “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="213"/>
        <source>Das Datum fehlt, liegt in der Zukunft oder vor der letzten Änderung (%1).</source>
        <translation>The date is missing, in the future or before the last change (%1).</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="238"/>
        <source>Nur geplante Vermittlungen können gelöscht werden; diese wurde bereits übermittelt.</source>
        <translation>Only planned referrals can be deleted; this one has already been sent.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="291"/>
        <source>Rückmeldung %1 ausstehend</source>
        <translation>Response %1 pending</translation>
    </message>
</context>
<context>
    <name>ReferralSheetData</name>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="34"/>
        <source>Für diese Einrichtung liegt heute keine gültige Schweigepflichtentbindung vor. Der Überleitungsbogen kann nicht erstellt werden.</source>
        <translation>There is no valid release from confidentiality for this institution today. The referral sheet cannot be created.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="47"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="48"/>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="51"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="52"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="53"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="56"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="58"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="59"/>
        <source>Dolmetschbedarf</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="60"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="61"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="69"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
</context>
<context>
    <name>ReferralSheetWriter</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="25"/>
        <source>z. Hd. %1</source>
        <translation>FAO %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="34"/>
        <source>Angaben zur Person sind von der Entbindung nicht umfasst.</source>
        <translation>Personal details are not covered by the release.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="57"/>
        <source>[Träger des KIM-Case-Managements – bitte in den Einstellungen eintragen]</source>
        <translation>[Provider of the KIM case management – please enter it in the settings]</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="72"/>
        <source>Kommunales Integrationsmanagement (KIM)</source>
        <translation>Kommunales Integrationsmanagement (KIM) – Municipal Integration Management</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="77"/>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="129"/>
        <source>Überleitungsbogen</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="79"/>
        <source>Sehr geehrte Damen und Herren,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="81"/>
        <source>wir vermitteln die unten genannte Person an Ihre Einrichtung. Die Person hat uns am %1 für folgenden Zweck von der Schweigepflicht entbunden: %2.</source>
        <translation>We are referring the person named below to your institution. On %1, the person released us from confidentiality for the following purpose: %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="87"/>
        <source>Die Entbindung umfasst nur:</source>
        <translation>The release covers only:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="89"/>
        <source>Angaben zur Person</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="92"/>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="95"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="99"/>
        <source>Wir bitten um eine kurze Rückmeldung bis zum %1.</source>
        <translation>We would be grateful for a brief response by %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="103"/>
        <source>Mit freundlichen Grüßen</source>
        <translation>Yours faithfully</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="105"/>
        <source>Vertraulich: enthält personenbezogene Daten. Nur für den genannten Zweck verwenden und nicht weitergeben.</source>
        <translation>Confidential: contains personal data. Use only for the stated purpose and do not pass on.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="6"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="12"/>
        <source>Sperren</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="18"/>
        <source>Arbeitsmappe &amp;automatisch sperren, wenn ich eine Weile nichts tue</source>
        <translation>Automatically &amp;lock the workspace when I have been inactive for a while</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="27"/>
        <source>Sperren &amp;nach</source>
        <translation>Lock &amp;after</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="37"/>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="59"/>
        <source>Mit Strg+L sperren Sie die Arbeitsmappe sofort, zum Beispiel wenn Sie den Platz verlassen.</source>
        <translation>Press Ctrl+L to lock the workspace immediately, for example when you leave your desk.</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="72"/>
        <source>Überleitungsbogen</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="78"/>
        <source>&amp;Absender (Träger, Anschrift):</source>
        <translation>&amp;Sender (provider, address):</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/SettingsDialog.ui" line="88"/>
        <source>z. B. Caritasverband für den Kreis Gütersloh e. V., KIM-Case-Management</source>
        <translation>e.g. Caritasverband für den Kreis Gütersloh e. V., KIM case management</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../forms/workspace/UnlockDialog.ui" line="6"/>
        <source>Arbeitsmappe entsperren</source>
        <translation>Unlock workspace</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/UnlockDialog.ui" line="21"/>
        <source>Bitte geben Sie das Passwort der Arbeitsmappe ein.</source>
        <translation>Please enter the password of the workspace.</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/UnlockDialog.ui" line="33"/>
        <source>Arbeitsmappe:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/UnlockDialog.ui" line="47"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="47"/>
        <source>Die Art der Arbeitsmappe ist diesem Programm unbekannt.</source>
        <translation>This program does not recognise the type of the workspace.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="74"/>
        <source>Unter diesem Namen gibt es schon eine Arbeitsmappe. Bitte wählen Sie einen anderen Namen.</source>
        <translation>A workspace with this name already exists. Please choose a different name.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="79"/>
        <source>Hauptpasswort</source>
        <translation>Main password</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="100"/>
        <source>Die Arbeitsmappe %1 wurde nicht gefunden.</source>
        <translation>The workspace %1 was not found.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="108"/>
        <source>Die Schlüsseldatei gehört zu einer anderen Arbeitsmappe.</source>
        <translation>The key file belongs to a different workspace.</translation>
    </message>
</context>
<context>
    <name>kim-cli</name>
    <message>
        <location filename="../../src/cli/main.cpp" line="32"/>
        <source>Austauschpakete von KIM Fallakte (age + minisign).

Befehle:
  card        Kontaktkarte der Arbeitsmappe ausgeben (--vault, --name, --role, --organisation, --out)
  fingerprint KARTE   Fingerabdruck einer Kontaktkarte anzeigen
  trust KARTE         Kontakt nach Vergleich des Fingerabdrucks speichern (--vault, --yes)
  revoke ID           Kontakt widerrufen (--vault)
  contacts            Kontakte auflisten (--vault)
  seal                JSON-Nutzdaten signieren und verschlüsseln (--vault, --kind, --period, --payload, --to KARTE…, --out)
  open PAKET          Paket entschlüsseln, prüfen, protokollieren und ausgeben (--vault, --dry-run)
  inspect PAKET       Paket ohne Entschlüsseln beschreiben
  log                 Paketprotokoll anzeigen (--vault)</source>
        <translation>Exchange packages of KIM Fallakte (age + minisign).

Commands:
  card        Output the contact card of the workspace (--vault, --name, --role, --organisation, --out)
  fingerprint CARD    Show the fingerprint of a contact card
  trust CARD          Save a contact after comparing the fingerprint (--vault, --yes)
  revoke ID           Revoke a contact (--vault)
  contacts            List contacts (--vault)
  seal                Sign and encrypt a JSON payload (--vault, --kind, --period, --payload, --to CARD…, --out)
  open PACKAGE        Decrypt, verify, log and output a package (--vault, --dry-run)
  inspect PACKAGE     Describe a package without decrypting it
  log                 Show the package log (--vault)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="43"/>
        <source>Die Datei %1 kann nicht gelesen werden.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="45"/>
        <source>Die Datei %1 ist zu groß.</source>
        <translation>The file %1 is too large.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="53"/>
        <source>Die Datei %1 konnte nicht geschrieben werden.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="59"/>
        <source>Bitte geben Sie die Arbeitsmappe mit --vault an.</source>
        <translation>Please specify the workspace with --vault.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="61"/>
        <source>Passwort für %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="70"/>
        <source>Name:           %1</source>
        <translation>Name:           %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="71"/>
        <source>Rolle:          %1</source>
        <translation>Role:           %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="72"/>
        <source>Organisation:   %1</source>
        <translation>Organisation:   %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="73"/>
        <source>Schlüssel-ID:   %1</source>
        <translation>Key ID:         %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="74"/>
        <source>Fingerabdruck:  %1</source>
        <translation>Fingerprint:    %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="93"/>
        <source>Unbekannter Befehl „%1“. Hilfe mit --help.</source>
        <translation>Unknown command “%1”. Use --help for help.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="115"/>
        <source>Fingerabdruck: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="121"/>
        <location filename="../../src/cli/CliCommands.cpp" line="129"/>
        <source>Bitte geben Sie genau eine Kontaktkarte an.</source>
        <translation>Please specify exactly one contact card.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="134"/>
        <source>Haben Sie den Fingerabdruck mit der Person am Telefon verglichen?</source>
        <translation>Have you compared the fingerprint with the person on the phone?</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="136"/>
        <source>Nicht gespeichert.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="140"/>
        <source>Kontakt gespeichert.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="146"/>
        <source>Bitte geben Sie die Schlüssel-ID des Kontakts an.</source>
        <translation>Please specify the key ID of the contact.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="149"/>
        <source>Kontakt widerrufen.</source>
        <translation>Contact revoked.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="156"/>
        <source>widerrufen</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="157"/>
        <source>vertraut</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="167"/>
        <source>seal braucht --kind, --payload, --out und mindestens ein --to.</source>
        <translation>seal needs --kind, --payload, --out and at least one --to.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="171"/>
        <source>Die Nutzdaten sind kein gültiges JSON.</source>
        <translation>The payload is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="181"/>
        <source>%1 ist kein bestätigter Kontakt. Bitte zuerst „kim-cli trust“ ausführen.</source>
        <translation>%1 is not a confirmed contact. Please run “kim-cli trust” first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CliCommands.cpp" line="192"/>
        <source>Paket für %n Empfänger geschrieben.</source>
        <translation>
            <numerusform>Package written for %n recipient.</numerusform>
            <numerusform>Package written for %n recipients.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="198"/>
        <location filename="../../src/cli/CliCommands.cpp" line="216"/>
        <source>Bitte geben Sie genau ein Paket an.</source>
        <translation>Please specify exactly one package.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="205"/>
        <source>Signatur gültig: %1 (%2), Art %3, Zeitraum %4, Paket %5</source>
        <translation>Signature valid: %1 (%2), kind %3, period %4, package %5</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="223"/>
        <source>Format:      age v1 (age-encryption.org/v1)</source>
        <translation>Format:      age v1 (age-encryption.org/v1)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="224"/>
        <source>Empfänger:   %1 (%2)</source>
        <translation>Recipient:   %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="227"/>
        <source>Größe:       %1 Bytes (Kopf %2, verschlüsselter Inhalt %3)</source>
        <translation>Size:        %1 bytes (header %2, encrypted content %3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="238"/>
        <source>empfangen</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="239"/>
        <source>gesendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../src/cli/PasswordPrompt.cpp" line="63"/>
        <source>Kein Terminal für die Passworteingabe. Verwenden Sie --password-stdin, um das Passwort über die Standardeingabe zu übergeben.</source>
        <translation>No terminal for entering the password. Use --password-stdin to pass the password via standard input.</translation>
    </message>
</context>
<context>
    <name>kim::gui::BackgroundJob</name>
    <message>
        <location filename="../../src/gui/common/BackgroundJob.cpp" line="28"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/BackgroundJob.cpp" line="29"/>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseFileWidget</name>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="38"/>
        <source>&amp;Stammdaten</source>
        <translation>&amp;Personal details</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="39"/>
        <source>E&amp;inwilligungen</source>
        <translation>Co&amp;nsents</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="40"/>
        <source>&amp;Fall &amp;&amp; Ziele</source>
        <translation>Case &amp;&amp; &amp;goals</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="41"/>
        <source>Beratungs&amp;kontakte</source>
        <translation>Consul&amp;tations</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="42"/>
        <source>&amp;Wiedervorlagen</source>
        <translation>Follow-&amp;ups</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="43"/>
        <source>&amp;Vermittlungen</source>
        <translation>&amp;Referrals</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="79"/>
        <source>Bitte links eine Klient*in auswählen
oder mit Strg+N eine neue Klient*in anlegen.</source>
        <translation>Please select a client on the left
or create a new client with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="145"/>
        <source>Neue Klient*in</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="146"/>
        <source>Erst die Stammdaten speichern, dann Einwilligung und Fall erfassen.</source>
        <translation>Save the personal details first, then record consent and case.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="154"/>
        <source>Fall abgeschlossen</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="155"/>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="157"/>
        <source>kein Fall</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="180"/>
        <source>Bitte wählen Sie zuerst eine Klient*in aus oder speichern Sie die neue Klient*in.</source>
        <translation>Please select a client first or save the new client.</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseTab</name>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="31"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="35"/>
        <source>Fall &amp;eröffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="41"/>
        <source>Notiz zum Phasenwechsel (freiwillig)</source>
        <translation>Note on the change of phase (optional)</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="42"/>
        <source>&amp;Phase wechseln</source>
        <translation>&amp;Change phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="44"/>
        <source>Neue P&amp;hase:</source>
        <translation>New p&amp;hase:</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="48"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="48"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="48"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="70"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="73"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="73"/>
        <source>Zieldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="73"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="74"/>
        <source>Ziel &amp;hinzufügen…</source>
        <translation>&amp;Add goal…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="76"/>
        <source>Ziel &amp;bearbeiten…</source>
        <translation>&amp;Edit goal…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="118"/>
        <source>Für diese Klient*in ist noch kein Fall eröffnet.</source>
        <translation>No case has been opened for this client yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="120"/>
        <source>Fall offen seit %1 · aktuelle Phase: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Case open since %1 · current phase: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="123"/>
        <source>Der letzte Fall wurde am %1 abgeschlossen.</source>
        <translation>The last case was closed on %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="179"/>
        <source>Fall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="180"/>
        <source>Soll der Fall abgeschlossen werden? Danach können keine Beratungskontakte und Wiedervorlagen mehr erfasst werden.</source>
        <translation>Close the case? After that, no more consultations or follow-ups can be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="182"/>
        <source>Fall &amp;abschließen</source>
        <translation>C&amp;lose case</translation>
    </message>
</context>
<context>
    <name>kim::gui::ChangePasswordDialog</name>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="21"/>
        <source>Mindestens %1 Zeichen.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="22"/>
        <source>Passwort &amp;ändern</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="23"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="33"/>
        <source>Bitte geben Sie das bisherige Passwort ein.</source>
        <translation>Please enter the current password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="37"/>
        <source>Das neue Passwort ist zu kurz: Es braucht mindestens %1 Zeichen.</source>
        <translation>The new password is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="41"/>
        <source>Die beiden neuen Passwörter stimmen nicht überein.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="60"/>
        <source>Das Passwort wird geändert …</source>
        <translation>Changing the password …</translation>
    </message>
</context>
<context>
    <name>kim::gui::ClientEditorWidget</name>
    <message>
        <location filename="../../src/gui/clients/ClientEditorWidget.cpp" line="26"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientEditorWidget.cpp" line="101"/>
        <source>Neue Klient*in – noch nicht gespeichert</source>
        <translation>New client – not saved yet</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientEditorWidget.cpp" line="102"/>
        <source>Fallcode %1 · angelegt am %2</source>
        <translation>Case code %1 · created on %2</translation>
    </message>
</context>
<context>
    <name>kim::gui::ClientListModel</name>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="89"/>
        <source>kein Fall</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="101"/>
        <source>Fallcode</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="105"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="107"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="109"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>kim::gui::ClientListPanel</name>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="79"/>
        <source>Name oder Fallcode suchen (Strg+F)</source>
        <translation>Search name or case code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="84"/>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="85"/>
        <source>Alle Zielgruppen</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="86"/>
        <source>Alle Phasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="87"/>
        <source>Nach Kommune filtern</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="88"/>
        <source>Nach Zielgruppe filtern</source>
        <translation>Filter by target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="89"/>
        <source>Nach Phase des Falls filtern</source>
        <translation>Filter by phase of the case</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="117"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="118"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="122"/>
        <source>kein Fall</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="148"/>
        <source>1 Klient*in</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="148"/>
        <source>%1 Klient*innen</source>
        <translation>%1 clients</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConsentDialog</name>
    <message>
        <location filename="../../src/gui/casefile/ConsentDialog.cpp" line="23"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentDialog.cpp" line="24"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConsentTab</name>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="22"/>
        <source>Einwilligung &amp;erfassen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="23"/>
        <source>&amp;Widerrufen…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="30"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="30"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="30"/>
        <source>Formular</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="65"/>
        <source>widerrufen am %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="66"/>
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="66"/>
        <source>noch nicht gültig</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="79"/>
        <source>Es liegt eine gültige Einwilligung vor. Fallarbeit ist möglich.</source>
        <translation>Valid consent is on file. Case work is possible.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="80"/>
        <source>Keine gültige Einwilligung. Ohne Einwilligung nach DSGVO dürfen weder ein Fall geführt noch Beratungskontakte erfasst werden.</source>
        <translation>No valid consent. Without consent under the GDPR (DSGVO), neither can a case be managed nor consultations be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="122"/>
        <source>Einwilligung widerrufen</source>
        <translation>Revoke consent</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="123"/>
        <source>Soll die Einwilligung als widerrufen eingetragen werden?

Ein offener Fall wird dann abgeschlossen und offene Wiedervorlagen werden geschlossen.</source>
        <translation>Record the consent as revoked?

An open case will then be closed, and open follow-ups will be closed as well.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="125"/>
        <source>&amp;Widerrufen</source>
        <translation>Re&amp;voke</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConsultationDialog</name>
    <message>
        <location filename="../../src/gui/casefile/ConsultationDialog.cpp" line="20"/>
        <source>Beratungskontakt erfassen</source>
        <translation>Record consultation</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationDialog.cpp" line="20"/>
        <source>Beratungskontakt bearbeiten</source>
        <translation>Edit consultation</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationDialog.cpp" line="35"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationDialog.cpp" line="36"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConsultationsTab</name>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="24"/>
        <source>Beratungskontakt &amp;erfassen…</source>
        <translation>&amp;Record consultation…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="25"/>
        <source>&amp;Bearbeiten…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="28"/>
        <source>Neuen Beratungskontakt erfassen (Strg+B)</source>
        <translation>Record a new consultation (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="31"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="31"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="31"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="31"/>
        <source>Dolmetschung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="31"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="31"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="33"/>
        <source>Notizen des ausgewählten Beratungskontakts</source>
        <translation>Notes of the selected consultation</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="78"/>
        <source>%1 Min.</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="86"/>
        <source>Noch kein Fall eröffnet: Beratungskontakte werden zum Fall erfasst. Bitte zuerst im Reiter „Fall &amp;&amp; Ziele“ einen Fall eröffnen.</source>
        <translation>No case opened yet: consultations are recorded for a case. Please open a case on the “Case &amp;&amp; goals” tab first.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="88"/>
        <source>Der Fall ist abgeschlossen.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="105"/>
        <source>Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter „Fall &amp; Ziele“ einen Fall eröffnen.</source>
        <translation>No case has been opened for this client yet. Please open a case on the “Case &amp; goals” tab first.</translation>
    </message>
</context>
<context>
    <name>kim::gui::CreateWorkspaceDialog</name>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="45"/>
        <source>Demo-Arbeitsmappe anlegen</source>
        <translation>Create demo workspace</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="46"/>
        <source>Die Demo-Arbeitsmappe enthält %1 erfundene Klient*innen mit Fällen, Beratungskontakten und Wiedervorlagen – zum Ausprobieren und Üben. Auch sie ist verschlüsselt und braucht ein Passwort.</source>
        <translation>The demo workspace contains %1 fictitious clients with cases, consultations and follow-ups – for trying things out and practising. It is encrypted too and needs a password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="51"/>
        <source>Demo-Fallakte</source>
        <translation>Demo case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="51"/>
        <source>Fallakte</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="53"/>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="54"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="81"/>
        <source>Bitte wählen Sie einen Speicherort für die Arbeitsmappe.</source>
        <translation>Please choose a location for the workspace.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="84"/>
        <source>Diese Datei gibt es schon. Bitte wählen Sie einen anderen Namen.</source>
        <translation>This file already exists. Please choose a different name.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="87"/>
        <source>Den Ordner für die Arbeitsmappe gibt es nicht.</source>
        <translation>The folder for the workspace does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="91"/>
        <source>Das Passwort ist zu kurz: Es braucht mindestens %1 Zeichen.</source>
        <translation>The password is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="94"/>
        <source>Die beiden Passwörter stimmen nicht überein.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="110"/>
        <source>Die Demo-Arbeitsmappe wird angelegt und mit erfundenen Fällen gefüllt …</source>
        <translation>Creating the demo workspace and filling it with fictitious cases …</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="111"/>
        <source>Die Arbeitsmappe wird angelegt …</source>
        <translation>Creating the workspace …</translation>
    </message>
</context>
<context>
    <name>kim::gui::DueFollowUpsPanel</name>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="19"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="19"/>
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="19"/>
        <source>Fallcode</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="19"/>
        <source>Was ist zu tun?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="39"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="47"/>
        <source>überfällig seit %n Tag(en)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="53"/>
        <source>Heute ist nichts fällig.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="55"/>
        <source>%1 Wiedervorlagen fällig, davon %2 überfällig (rot). Mit Eingabetaste oder Doppelklick öffnen Sie die Fallakte.</source>
        <translation>%1 follow-ups due, %2 of them overdue (red). Press Enter or double-click to open the case file.</translation>
    </message>
</context>
<context>
    <name>kim::gui::FileDialogs</name>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="18"/>
        <source>KIM-Arbeitsmappen (*.%1);;Alle Dateien (*)</source>
        <translation>KIM workspaces (*.%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="40"/>
        <source>Arbeitsmappe öffnen</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="52"/>
        <source>Neue Arbeitsmappe speichern unter</source>
        <translation>Save new workspace as</translation>
    </message>
</context>
<context>
    <name>kim::gui::FollowUpDialog</name>
    <message>
        <location filename="../../src/gui/casefile/FollowUpDialog.cpp" line="18"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpDialog.cpp" line="19"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::FollowUpsTab</name>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="22"/>
        <source>Er&amp;ledigte anzeigen</source>
        <translation>Show &amp;completed</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="23"/>
        <source>Wiedervorlage &amp;anlegen…</source>
        <translation>&amp;New follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="24"/>
        <source>Als &amp;erledigt markieren</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="30"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="30"/>
        <source>Was ist zu tun?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="70"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="72"/>
        <source>erledigt am %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="74"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="76"/>
        <source>heute fällig</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="90"/>
        <source>Noch kein Fall eröffnet: Wiedervorlagen gehören zum Fall.</source>
        <translation>No case opened yet: follow-ups belong to a case.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="102"/>
        <source>Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter „Fall &amp; Ziele“ einen Fall eröffnen.</source>
        <translation>No case has been opened for this client yet. Please open a case on the “Case &amp; goals” tab first.</translation>
    </message>
</context>
<context>
    <name>kim::gui::GoalDialog</name>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="24"/>
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="24"/>
        <source>Ziel bearbeiten</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="31"/>
        <source>kein Zieldatum</source>
        <translation>no target date</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="36"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="37"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::InstitutionDirectoryDialog</name>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="23"/>
        <source>Einrichtungen</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="25"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="25"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="25"/>
        <source>Zuständig für</source>
        <translation>Responsible for</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="33"/>
        <source>&amp;archivierte anzeigen</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="35"/>
        <source>&amp;Neue Einrichtung</source>
        <translation>&amp;New institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="36"/>
        <source>Ä&amp;nderungen speichern</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="37"/>
        <source>Ent&amp;fernen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="38"/>
        <source>Einrichtungen mit Vermittlungen werden archiviert, nicht gelöscht.</source>
        <translation>Institutions with referrals are archived, not deleted.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="40"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="81"/>
        <source>%1 (archiviert)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="87"/>
        <source>kreisweit</source>
        <translation>district-wide</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="129"/>
        <source>Die Einrichtung hat Vermittlungen und wurde deshalb archiviert.</source>
        <translation>The institution has referrals and has therefore been archived.</translation>
    </message>
</context>
<context>
    <name>kim::gui::InstitutionEditor</name>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="21"/>
        <source>kreisweit</source>
        <translation>district-wide</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="24"/>
        <source>Straße Nr., PLZ Ort</source>
        <translation>Street no., postcode, town</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="28"/>
        <source>z. B. Arabisch, Ukrainisch</source>
        <translation>e.g. Arabic, Ukrainian</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="32"/>
        <source>archi&amp;viert (für neue Vermittlungen ausgeblendet)</source>
        <translation>archi&amp;ved (hidden for new referrals)</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="37"/>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="38"/>
        <source>&amp;Rechtskreis:</source>
        <translation>&amp;Legal domain:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="39"/>
        <source>&amp;Zuständig für:</source>
        <translation>Res&amp;ponsible for:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="40"/>
        <source>Ansprech&amp;person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="41"/>
        <source>Ans&amp;chrift:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="42"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="43"/>
        <source>&amp;E-Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="44"/>
        <source>&amp;Sprachen:</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="45"/>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>kim::gui::LegalDomainPeriodDialog</name>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="27"/>
        <source>Rechtskreis hinzufügen</source>
        <translation>Add legal domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="27"/>
        <source>Rechtskreis bearbeiten</source>
        <translation>Edit legal domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="32"/>
        <source>&amp;beendet am</source>
        <translation>&amp;ended on</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="41"/>
        <source>&amp;Rechtskreis:</source>
        <translation>&amp;Legal domain:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="42"/>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="44"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="46"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="47"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::LegalDomainTimeline</name>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="22"/>
        <source>&lt;b&gt;Rechtskreise&lt;/b&gt; – unter welchem Rechtskreis die Unterstützung wann lief</source>
        <translation>&lt;b&gt;Legal domains&lt;/b&gt; – which legal domain the support fell under, and when</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="25"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="25"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="25"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="25"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="31"/>
        <source>Rechtskreis &amp;hinzufügen…</source>
        <translation>&amp;Add legal domain…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="32"/>
        <source>Zeitraum bearbei&amp;ten…</source>
        <translation>Edi&amp;t period…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="33"/>
        <source>Zeitraum entfernen</source>
        <translation>Remove period</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="66"/>
        <source>laufend</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>kim::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="37"/>
        <location filename="../../src/gui/MainWindow.cpp" line="222"/>
        <source>KIM Fallakte</source>
        <translation>KIM Fallakte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="75"/>
        <source>&amp;Neue Arbeitsmappe…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="76"/>
        <source>Arbeitsmappe ö&amp;ffnen…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="77"/>
        <source>&amp;Demo-Arbeitsmappe anlegen…</source>
        <translation>Create &amp;demo workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="78"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="79"/>
        <source>&amp;Passwort ändern…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="80"/>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="81"/>
        <source>&amp;Beenden</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="83"/>
        <source>&amp;Neue Klient*in</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="84"/>
        <source>&amp;Beratungskontakt erfassen…</source>
        <translation>Record &amp;consultation…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="86"/>
        <source>&amp;Wiedervorlage anlegen…</source>
        <translation>Create &amp;follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="89"/>
        <source>Klient*innen &amp;filtern</source>
        <translation>&amp;Filter clients</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="91"/>
        <source>F&amp;ällige Wiedervorlagen</source>
        <translation>&amp;Due follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="93"/>
        <source>&amp;Volltextsuche</source>
        <translation>Full-text &amp;search</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="94"/>
        <source>Ü&amp;ber KIM Fallakte</source>
        <translation>&amp;About KIM Fallakte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="95"/>
        <source>&amp;Einrichtungen…</source>
        <translation>&amp;Institutions…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="103"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="111"/>
        <source>&amp;Klient*in</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="115"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="117"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="122"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="139"/>
        <source>Die Arbeitsmappe „%1“ wurde nicht gefunden.</source>
        <translation>The workspace “%1” was not found.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="194"/>
        <source>Arbeitsmappe: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="223"/>
        <source>Keine Arbeitsmappe geöffnet</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="239"/>
        <source>1 Klient*in</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="239"/>
        <source>%1 Klient*innen</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="255"/>
        <source>Passwort geändert</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="256"/>
        <source>Das Passwort wurde geändert. Ab jetzt öffnen Sie die Arbeitsmappe mit dem neuen Passwort.</source>
        <translation>The password has been changed. From now on, open the workspace with the new password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="280"/>
        <source>Über KIM Fallakte</source>
        <translation>About KIM Fallakte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="281"/>
        <source>KIM Fallakte %1

Fallakte für das Kommunale Integrationsmanagement (KIM) im Kreis Gütersloh. Alle Daten liegen verschlüsselt auf diesem Rechner.</source>
        <translation>KIM Fallakte %1

Case file for Municipal Integration Management (Kommunales Integrationsmanagement, KIM) in the district of Gütersloh. All data is stored encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>kim::gui::Messages</name>
    <message>
        <location filename="../../src/gui/common/Messages.cpp" line="25"/>
        <source>Das hat nicht geklappt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Messages.cpp" line="54"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Messages.cpp" line="99"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es noch einmal.</source>
        <translation>An unexpected error has occurred. Please try again.</translation>
    </message>
</context>
<context>
    <name>kim::gui::OpenReferralsModel</name>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="54"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="62"/>
        <source>%1 – überfällig</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="81"/>
        <source>Rückmeldung bis</source>
        <translation>Response by</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="83"/>
        <source>Einrichtung</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="85"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="87"/>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="89"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="91"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>kim::gui::OpenReferralsPanel</name>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsPanel.cpp" line="36"/>
        <source>&amp;nur überfällige</source>
        <translation>Over&amp;due only</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsPanel.cpp" line="38"/>
        <source>&lt;b&gt;&amp;Offene Vermittlungen&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Open referrals&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/referrals/OpenReferralsPanel.cpp" line="73"/>
        <source>%n überfällige Vermittlung(en)</source>
        <translation>
            <numerusform>%n overdue referral</numerusform>
            <numerusform>%n overdue referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/referrals/OpenReferralsPanel.cpp" line="74"/>
        <source>%n offene Vermittlung(en), davon %1 überfällig</source>
        <translation>
            <numerusform>%n open referral (%1 overdue)</numerusform>
            <numerusform>%n open referrals (%1 overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kim::gui::ReferralDialog</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="29"/>
        <source>Neue Vermittlung</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="29"/>
        <source>Vermittlung bearbeiten</source>
        <translation>Edit referral</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="46"/>
        <source>Worum geht es? Kurz und ohne unnötige Einzelheiten.</source>
        <translation>What is it about? Briefly and without unnecessary details.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="50"/>
        <source>&amp;Rückmeldung erwartet bis</source>
        <translation>Response e&amp;xpected by</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="59"/>
        <source>&amp;Einrichtung:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="60"/>
        <source>&amp;Handlungsfeld:</source>
        <translation>&amp;Field of action:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="61"/>
        <source>&amp;Anlass:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="62"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="65"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="66"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="71"/>
        <source>Daten werden erst weitergegeben, wenn Sie den Status auf „übermittelt“ setzen. Dafür braucht es eine Schweigepflichtentbindung für diese Einrichtung.</source>
        <translation>Data is only disclosed once you set the status to “sent”. This requires a release from confidentiality for this institution.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReferralReleaseList</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="25"/>
        <source>&lt;b&gt;Schweigepflichtentbindungen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Releases from confidentiality&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="28"/>
        <source>Stelle</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="28"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="28"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="28"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="28"/>
        <source>widerrufen am</source>
        <translation>revoked on</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="36"/>
        <source>Schweigepflicht&amp;entbindung erfassen…</source>
        <translation>Record release from &amp;confidentiality…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="37"/>
        <source>Entbindung &amp;widerrufen</source>
        <translation>Re&amp;voke release</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReferralStatusDialog</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="27"/>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="34"/>
        <source>z. B. Termin am 02.04. um 10 Uhr</source>
        <translation>e.g. appointment on 2 April at 10 am</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="38"/>
        <source>Bisher:</source>
        <translation>Previously:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="39"/>
        <source>&amp;Neuer Status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="40"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="41"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="43"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="45"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="51"/>
        <source>Diese Vermittlung ist abgeschlossen.</source>
        <translation>This referral is completed.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReferralsTab</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="40"/>
        <source>&lt;b&gt;&amp;Vermittlungen&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Referrals&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="44"/>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="52"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="44"/>
        <source>Einrichtung</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="44"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="44"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="44"/>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="44"/>
        <source>Rückmeldung bis</source>
        <translation>Response by</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="52"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="58"/>
        <source>&amp;Neue Vermittlung…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="59"/>
        <source>Be&amp;arbeiten…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="60"/>
        <source>&amp;Status ändern…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="61"/>
        <source>Überleitungsbogen &amp;drucken…</source>
        <translation>&amp;Print referral sheet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="62"/>
        <source>Als &amp;PDF speichern…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="88"/>
        <source>Verlauf der ausgewählten Vermittlung:</source>
        <translation>History of the selected referral:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="119"/>
        <source>%1 – überfällig</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="152"/>
        <source>Bitte zuerst einen Fall eröffnen.</source>
        <translation>Please open a case first.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="198"/>
        <source>Die PDF-Datei konnte nicht geschrieben werden. Bitte wählen Sie einen anderen Ort.</source>
        <translation>The PDF file could not be written. Please choose a different location.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="206"/>
        <source>Überleitungsbogen als PDF speichern</source>
        <translation>Save referral sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="207"/>
        <source>Ueberleitungsbogen.pdf</source>
        <translation>Referral-sheet.pdf</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="207"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReleaseDialog</name>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="27"/>
        <source>Schweigepflichtentbindung erfassen</source>
        <translation>Record release from confidentiality</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="35"/>
        <source>z. B. Antrag auf Bürgergeld stellen</source>
        <translation>e.g. apply for Bürgergeld (citizen&apos;s benefit)</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="37"/>
        <source>Diese Angaben dürfen weitergegeben werden</source>
        <translation>These details may be disclosed</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="49"/>
        <source>&amp;Empfangende Stelle:</source>
        <translation>&amp;Receiving institution:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="50"/>
        <source>Erteilt &amp;am:</source>
        <translation>Given &amp;on:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="51"/>
        <source>&amp;Zweck:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="53"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="54"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="60"/>
        <source>Bitte nur erfassen, was die Person unterschrieben hat. Eine erfasste Entbindung wird nicht geändert, sondern bei Bedarf widerrufen und neu erfasst.</source>
        <translation>Please record only what the person has signed. A recorded release is not changed; if necessary, it is revoked and recorded again.</translation>
    </message>
</context>
<context>
    <name>kim::gui::SearchPanel</name>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="26"/>
        <source>In allen Beratungsnotizen suchen (Strg+Umschalt+F)</source>
        <translation>Search all consultation notes (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="29"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="29"/>
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="29"/>
        <source>Fundstelle</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="32"/>
        <source>Wortanfänge genügen: „Jobc“ findet „Jobcenter“.</source>
        <translation>The beginning of a word is enough: “Jobc” finds “Jobcenter”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="65"/>
        <source>Nichts gefunden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="67"/>
        <source>Die neuesten %1 Fundstellen; ein weiteres Wort grenzt die Suche ein.</source>
        <translation>The %1 most recent matches; another word narrows the search.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="69"/>
        <source>%1 Fundstellen. Mit der Eingabetaste öffnen Sie die Fallakte.</source>
        <translation>%1 matches. Press Enter to open the case file.</translation>
    </message>
</context>
<context>
    <name>kim::gui::SettingsDialog</name>
    <message>
        <location filename="../../src/gui/workspace/SettingsDialog.cpp" line="20"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::StartPage</name>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="38"/>
        <source>KIM Fallakte</source>
        <translation>KIM Fallakte</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="43"/>
        <source>Fallakte für das Kommunale Integrationsmanagement im Kreis Gütersloh. Ihre Daten bleiben verschlüsselt auf diesem Rechner.</source>
        <translation>Case file for Municipal Integration Management (KIM) in the district of Gütersloh. Your data stays encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="51"/>
        <source>&amp;Zuletzt verwendete Arbeitsmappen</source>
        <translation>&amp;Recently used workspaces</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="65"/>
        <source>Noch keine Arbeitsmappe verwendet. Legen Sie eine neue Arbeitsmappe an, öffnen Sie eine vorhandene oder probieren Sie das Programm mit der Demo-Arbeitsmappe aus.</source>
        <translation>No workspace used yet. Create a new workspace, open an existing one or try out the program with the demo workspace.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="76"/>
        <source>Arbeitsmappe ö&amp;ffnen…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="77"/>
        <source>&amp;Neue Arbeitsmappe anlegen…</source>
        <translation>Create &amp;new workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="78"/>
        <source>&amp;Demo-Arbeitsmappe anlegen…</source>
        <translation>Create &amp;demo workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="105"/>
        <source>  (nicht gefunden)</source>
        <translation>  (not found)</translation>
    </message>
</context>
<context>
    <name>kim::gui::UnlockDialog</name>
    <message>
        <location filename="../../src/gui/workspace/UnlockDialog.cpp" line="25"/>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/UnlockDialog.cpp" line="26"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/UnlockDialog.cpp" line="44"/>
        <source>Bitte geben Sie das Passwort ein.</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/UnlockDialog.cpp" line="51"/>
        <source>Die Arbeitsmappe wird entsperrt …</source>
        <translation>Unlocking the workspace …</translation>
    </message>
</context>
<context>
    <name>kim::gui::WorkspaceView</name>
    <message>
        <location filename="../../src/gui/WorkspaceView.cpp" line="31"/>
        <source>Klient*innen</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/gui/WorkspaceView.cpp" line="32"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/gui/WorkspaceView.cpp" line="33"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/gui/WorkspaceView.cpp" line="34"/>
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../src/gui/WorkspaceView.cpp" line="69"/>
        <source>Fällig (%1)</source>
        <translation>Due (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/WorkspaceView.cpp" line="69"/>
        <source>&amp;Fällig</source>
        <translation>&amp;Due</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="84"/>
        <source>Selbsttest fehlgeschlagen</source>
        <translation>Self-test failed</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="85"/>
        <source>KIM Fallakte startet nicht, weil die Prüfung der Verschlüsselung fehlgeschlagen ist (%1). Bitte wenden Sie sich an Ihre IT.</source>
        <translation>KIM Fallakte cannot start because the encryption check failed (%1). Please contact your IT department.</translation>
    </message>
</context>
</TS>
