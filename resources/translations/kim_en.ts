<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>CaseManagerInbox</name>
    <message>
        <location filename="../../src/reporting/CaseManagerInbox.cpp" line="32"/>
        <source>Die Problemliste in diesem Paket (Fassung %1) ist nicht neuer als Ihre (Fassung %2) und wurde nicht übernommen.</source>
        <translation>The problem taxonomy in this package (version %1) is not newer than yours (version %2) and was not applied.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/CaseManagerInbox.cpp" line="46"/>
        <source>Sonstige: %1</source>
        <translation>Other: %1</translation>
    </message>
    <message>
        <location filename="../../src/reporting/CaseManagerInbox.cpp" line="83"/>
        <source>Das Paket enthält weder eine Problemliste noch Rückmeldungen der Koordinierenden Stelle, sondern Daten der Art „%1“.</source>
        <translation>The package contains neither a problem taxonomy nor feedback from the coordinating office, but data of kind “%1”.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="19"/>
        <source>Der Fall wurde nicht gefunden.</source>
        <translation>The case was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="78"/>
        <source>Die Person wurde nicht gefunden.</source>
        <translation>The person was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="86"/>
        <source>Für diese Person ist bereits ein Fall offen. Schließen Sie ihn ab, bevor Sie einen neuen Fall eröffnen.</source>
        <translation>A case is already open for this person. Close it before opening a new case.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="102"/>
        <source>Fall eröffnet</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="110"/>
        <source>Bitte wählen Sie eine gültige Phase.</source>
        <translation>Please select a valid phase.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="115"/>
        <source>Der Fall ist abgeschlossen und kann nicht wieder geöffnet werden. Eröffnen Sie bei Bedarf einen neuen Fall.</source>
        <translation>The case is closed and cannot be reopened. Open a new case if needed.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="121"/>
        <source>Der Fall befindet sich bereits in dieser Phase.</source>
        <translation>The case is already in this phase.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="158"/>
        <source>Bitte beschreiben Sie das Ziel.</source>
        <translation>Please describe the goal.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="162"/>
        <source>Bitte wählen Sie ein Handlungsfeld für das Ziel.</source>
        <translation>Please select a field of action for the goal.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="166"/>
        <source>Bitte wählen Sie einen Stand für das Ziel.</source>
        <translation>Please select a status for the goal.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="171"/>
        <source>Der Fall ist abgeschlossen; Ziele können nicht mehr geändert werden.</source>
        <translation>The case is closed; goals can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRepository.cpp" line="194"/>
        <source>Das Ziel wurde nicht gefunden.</source>
        <translation>The goal was not found.</translation>
    </message>
</context>
<context>
    <name>CaseRules</name>
    <message>
        <location filename="../../src/core/CaseRules.cpp" line="34"/>
        <source>Der Fall wurde nicht gefunden.</source>
        <translation>The case was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseRules.cpp" line="39"/>
        <source>Der Fall ist abgeschlossen. In einem abgeschlossenen Fall kann nichts mehr eingetragen werden.</source>
        <translation>The case is closed. Nothing more can be recorded in a closed case.</translation>
    </message>
</context>
<context>
    <name>CaseloadDefinitions</name>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="15"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="35"/>
        <source>Offene Fälle</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="36"/>
        <source>Fälle, die am letzten Tag des Zeitraums offen waren (eröffnet an oder vor diesem Tag, nicht an oder vor ihm abgeschlossen).</source>
        <translation>Cases that were open on the last day of the period (opened on or before that day, not closed on or before it).</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="41"/>
        <source>Neue Fälle</source>
        <translation>New cases</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="42"/>
        <source>Im Zeitraum eröffnete Fälle.</source>
        <translation>Cases opened in the period.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="44"/>
        <source>Abgeschlossene Fälle</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="45"/>
        <source>Im Zeitraum abgeschlossene Fälle.</source>
        <translation>Cases closed in the period.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="46"/>
        <source>Wiederaufnahmen</source>
        <translation>Reopened cases</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="47"/>
        <source>Im Zeitraum eröffnete Fälle von Personen, die schon einen früheren, abgeschlossenen Fall hatten (Wiederaufnahme; sie zählen auch als neu).</source>
        <translation>Cases opened in the period for people who already had an earlier, closed case (reopened case; they also count as new).</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="53"/>
        <source>Offene Fälle nach Phase</source>
        <translation>Open cases by phase</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="54"/>
        <source>Offene Fälle am Ende des Zeitraums nach der Phase, in der sie an diesem Tag standen (letzter Phasenwechsel an oder vor dem Tag).</source>
        <translation>Open cases at the end of the period by the phase they were in on that day (last change of phase on or before that day).</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="61"/>
        <source>Offene Fälle nach Dauer</source>
        <translation>Open cases by duration</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="62"/>
        <source>Offene Fälle am Ende des Zeitraums nach Tagen vom Eröffnungstag bis zum letzten Tag des Zeitraums.</source>
        <translation>Open cases at the end of the period by days from the opening date to the last day of the period.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="66"/>
        <source>bis 30 Tage</source>
        <translation>up to 30 days</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="67"/>
        <source>31 bis 90 Tage</source>
        <translation>31 to 90 days</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="68"/>
        <source>91 bis 180 Tage</source>
        <translation>91 to 180 days</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="69"/>
        <source>181 bis 365 Tage</source>
        <translation>181 to 365 days</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="70"/>
        <source>mehr als 365 Tage</source>
        <translation>more than 365 days</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="77"/>
        <source>Gesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="79"/>
        <source>Beratungskontakte nach Art</source>
        <translation>Consultations by type</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="80"/>
        <source>Beratungskontakte, die im Zeitraum stattfanden (Tag des Kontakts, nicht der Eintragung), nach Art.</source>
        <translation>Consultations that took place in the period (date of the contact, not of the entry), by type.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="86"/>
        <source>Fälle ohne Kontakt</source>
        <translation>Cases without contact</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="87"/>
        <source>Offene Fälle am Ende des Zeitraums, deren letzter Kontakt an oder vor diesem Tag mehr als 14/30/60 Tage zurücklag (ohne Kontakt ab Eröffnung gezählt; die Stufen sind kumulativ).</source>
        <translation>Open cases at the end of the period whose last contact on or before that day was more than 14/30/60 days earlier (cases without any contact are counted from opening; the levels are cumulative).</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="91"/>
        <source>mehr als 14 Tage</source>
        <translation>more than 14 days</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="92"/>
        <source>mehr als 30 Tage</source>
        <translation>more than 30 days</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="93"/>
        <source>mehr als 60 Tage</source>
        <translation>more than 60 days</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="97"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="98"/>
        <source>Wiedervorlagen mit Fälligkeit im Zeitraum: bis zum Fälligkeitstag erledigt, danach bis zum Ende des Zeitraums erledigt, am Ende des Zeitraums unerledigt (fällig = rechtzeitig + verspätet + überfällig).</source>
        <translation>Follow-ups due in the period: completed by the due date, completed after it by the end of the period, not completed at the end of the period (due = on time + late + overdue).</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="103"/>
        <source>fällig</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="104"/>
        <source>rechtzeitig erledigt</source>
        <translation>completed on time</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="105"/>
        <source>verspätet erledigt</source>
        <translation>completed late</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="106"/>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="122"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="113"/>
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="114"/>
        <source>Im Zeitraum vermittelt; erste Rückmeldung im Zeitraum eingetragen (Termin, in Bearbeitung, erledigt, abgelehnt, weitervermittelt); am Ende des Zeitraums in einem offenen Fall ohne Rückmeldung nach dem erwarteten Tag; am Ende des Zeitraums in einem offenen Fall geplant, aber ohne Schweigepflichtentbindung.</source>
        <translation>Referred in the period; first response recorded in the period (appointment, in progress, completed, declined, referred on); at the end of the period in an open case with no response after the expected date; at the end of the period in an open case, planned but without release from confidentiality.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="120"/>
        <source>vermittelt</source>
        <translation>referred</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="121"/>
        <source>beantwortet</source>
        <translation>responded</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="124"/>
        <source>Schweigepflichtentbindung fehlt</source>
        <translation>release from confidentiality missing</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="128"/>
        <source>Vermittlungen nach Art der Einrichtung</source>
        <translation>Referrals by type of institution</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="129"/>
        <source>Im Zeitraum vermittelte, nach Art der Einrichtung.</source>
        <translation>Referrals made in the period, by type of institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="132"/>
        <source>Vermittlungen nach Rechtskreis</source>
        <translation>Referrals by legal domain</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="133"/>
        <source>Im Zeitraum vermittelte, nach Rechtskreis der Einrichtung.</source>
        <translation>Referrals made in the period, by legal domain of the institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="137"/>
        <source>Tage bis zur Rückmeldung</source>
        <translation>Days until response</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="138"/>
        <source>Median der Tage vom Vermittlungstag bis zur ersten Rückmeldung über die im Zeitraum beantworteten Vermittlungen, auf ganze Tage gerundet (0, wenn keine beantwortet wurde).</source>
        <translation>Median number of days from the referral date to the first response, across the referrals answered in the period, rounded to whole days (0 if none was answered).</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="142"/>
        <source>Median (Tage)</source>
        <translation>Median (days)</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="149"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="150"/>
        <source>Offene Fälle am Ende des Zeitraums ohne an diesem Tag gültige Einwilligung; im Zeitraum widerrufene Einwilligungen.</source>
        <translation>Open cases at the end of the period without consent valid on that day; consents revoked in the period.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="155"/>
        <source>ohne gültige Einwilligung</source>
        <translation>without valid consent</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="156"/>
        <source>widerrufen</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="160"/>
        <source>Offene Fälle nach Zielgruppe</source>
        <translation>Open cases by target group</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="161"/>
        <source>Offene Fälle am Ende des Zeitraums nach Zielgruppe.</source>
        <translation>Open cases at the end of the period by target group.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="164"/>
        <source>Offene Fälle nach Wohnort</source>
        <translation>Open cases by municipality</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadDefinitions.cpp" line="165"/>
        <source>Offene Fälle am Ende des Zeitraums nach Wohnort.</source>
        <translation>Open cases at the end of the period by municipality.</translation>
    </message>
</context>
<context>
    <name>CaseloadReport</name>
    <message>
        <location filename="../../src/reporting/CaseloadReport.cpp" line="156"/>
        <source>%1 Wochen und mehr</source>
        <translation>%1 weeks or more</translation>
    </message>
    <message>
        <location filename="../../src/reporting/CaseloadReport.cpp" line="158"/>
        <source>%1–%2 Wochen</source>
        <translation>%1–%2 weeks</translation>
    </message>
    <message>
        <location filename="../../src/reporting/CaseloadReport.cpp" line="162"/>
        <source>gesperrt</source>
        <translation>suppressed</translation>
    </message>
</context>
<context>
    <name>CaseloadReportExport</name>
    <message>
        <location filename="../../src/reporting/CaseloadReportExport.cpp" line="30"/>
        <source>Bitte wählen Sie mindestens eine Empfängerin oder einen Empfänger.</source>
        <translation>Please select at least one recipient.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/CaseloadReportExport.cpp" line="39"/>
        <source>„%1“ ist kein bestätigter Kontakt. Bitte bestätigen Sie zuerst die Kontaktkarte.</source>
        <translation>“%1” is not a confirmed contact. Please confirm the contact card first.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/CaseloadReportExport.cpp" line="60"/>
        <source>Für %1 gibt es noch keinen Bericht: Ein Zeitraum wird erst gemeldet, wenn er vorbei ist.</source>
        <translation>There is no report for %1 yet: a period is reported only once it has ended.</translation>
    </message>
</context>
<context>
    <name>CaseloadSettings</name>
    <message>
        <location filename="../../src/core/CaseloadSettings.cpp" line="46"/>
        <source>Bitte geben Sie für die Hinweise eine Anzahl von 1 bis 365 Tagen an.</source>
        <translation>Please enter a number of days from 1 to 365 for the alerts.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadSettings.cpp" line="51"/>
        <source>Die Schwelle für kleine Zahlen muss zwischen 2 und 20 liegen.</source>
        <translation>The threshold for small numbers must be between 2 and 20.</translation>
    </message>
    <message>
        <location filename="../../src/core/CaseloadSettings.cpp" line="74"/>
        <source>Der Schlüssel für die Fallpseudonyme in dieser Arbeitsmappe ist beschädigt.</source>
        <translation>The key for the case pseudonyms in this workspace is damaged.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="106"/>
        <source>Eingewanderte und ihre Nachkommen</source>
        <translation>Immigrants and their descendants</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="108"/>
        <source>Eingewanderte aus Mittel- und Südosteuropa (MSOE)</source>
        <translation>Immigrants from Central and South-Eastern Europe (MSOE)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="110"/>
        <source>Schutzsuchende seit 2015</source>
        <translation>People seeking protection since 2015</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="112"/>
        <source>Schutzsuchende aus der Ukraine</source>
        <translation>People seeking protection from Ukraine</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="114"/>
        <location filename="../../src/core/Catalog.cpp" line="128"/>
        <location filename="../../src/core/Catalog.cpp" line="161"/>
        <location filename="../../src/core/Catalog.cpp" line="216"/>
        <location filename="../../src/core/Catalog.cpp" line="234"/>
        <location filename="../../src/core/Catalog.cpp" line="252"/>
        <location filename="../../src/core/Catalog.cpp" line="266"/>
        <location filename="../../src/core/Catalog.cpp" line="278"/>
        <location filename="../../src/core/Catalog.cpp" line="294"/>
        <location filename="../../src/core/Catalog.cpp" line="304"/>
        <location filename="../../src/core/Catalog.cpp" line="352"/>
        <location filename="../../src/core/Catalog.cpp" line="375"/>
        <location filename="../../src/core/Catalog.cpp" line="397"/>
        <location filename="../../src/core/Catalog.cpp" line="415"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="120"/>
        <source>Eingewanderte</source>
        <translation>Immigrants</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="122"/>
        <source>MSOE</source>
        <translation>MSOE</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="124"/>
        <source>Schutzsuchende</source>
        <translation>Protection seekers</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="126"/>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="200"/>
        <source>EU-Freizügigkeit</source>
        <translation>EU freedom of movement</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="202"/>
        <source>Aufenthaltsgestattung</source>
        <translation>Permission to reside during asylum procedure (Aufenthaltsgestattung)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="204"/>
        <source>Duldung</source>
        <translation>Toleration (Duldung)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="206"/>
        <source>Aufenthaltserlaubnis</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="208"/>
        <source>Aufenthaltserlaubnis (§ 24 AufenthG)</source>
        <translation>Residence permit (§ 24 AufenthG)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="210"/>
        <source>Niederlassungserlaubnis</source>
        <translation>Settlement permit</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="212"/>
        <source>eingebürgert</source>
        <translation>naturalised</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="214"/>
        <source>sonstiger Status</source>
        <translation>other status</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="222"/>
        <source>Klärung</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="224"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="226"/>
        <source>Hilfeplanung</source>
        <translation>Support planning</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="228"/>
        <source>Umsetzung</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="230"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="232"/>
        <source>Abschluss</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="240"/>
        <source>Zusammenleben und Teilhabe</source>
        <translation>Community life and participation</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="242"/>
        <source>Wohnen und Mobilität</source>
        <translation>Housing and mobility</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="244"/>
        <source>Institutionen und Professionalisierung</source>
        <translation>Institutions and professionalisation</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="246"/>
        <source>Gesundheit und Pflege</source>
        <translation>Health and care</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="248"/>
        <source>Arbeit und Wirtschaft</source>
        <translation>Work and economy</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="250"/>
        <source>Sprache und Bildung</source>
        <translation>Language and education</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="258"/>
        <source>persönlich</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="260"/>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="262"/>
        <source>Hausbesuch</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="264"/>
        <source>Video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="272"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="274"/>
        <source>Sprachlotse/Sprachlotsin</source>
        <translation>language mediator</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="276"/>
        <source>professionell</source>
        <translation>professional</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="284"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="286"/>
        <source>in Arbeit</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="288"/>
        <source>erreicht</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="290"/>
        <source>nicht erreicht</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="292"/>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="300"/>
        <source>Fallarbeit</source>
        <translation>Case work</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="302"/>
        <source>Fallarbeit und Weitergabe an vermittelte Stellen</source>
        <translation>Case work and disclosure to institutions referred to</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="320"/>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="322"/>
        <source>Agentur für Arbeit</source>
        <translation>Agentur für Arbeit (employment agency)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="324"/>
        <source>Ausländerbehörde</source>
        <translation>Ausländerbehörde (immigration office)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="326"/>
        <source>Einbürgerungsbehörde</source>
        <translation>Naturalisation authority</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="328"/>
        <source>BAMF</source>
        <translation>BAMF</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="330"/>
        <source>Migrationsberatung</source>
        <translation>Migration counselling</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="332"/>
        <source>Jugendmigrationsdienst</source>
        <translation>Youth migration service</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="334"/>
        <source>Flüchtlingsberatung</source>
        <translation>Refugee counselling</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="336"/>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="338"/>
        <source>Bildung, Schule, Kita</source>
        <translation>Education, school, day care</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="340"/>
        <source>Sprachkursträger</source>
        <translation>Language course provider</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="342"/>
        <source>Sozialamt</source>
        <translation>Social welfare office</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="344"/>
        <source>Familienkasse</source>
        <translation>Familienkasse (child benefit office)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="346"/>
        <source>Antidiskriminierung</source>
        <translation>Anti-discrimination</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="348"/>
        <source>Sprachlotsen</source>
        <translation>Language mediators</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="350"/>
        <source>sonstige Stelle</source>
        <translation>other institution</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="373"/>
        <source>kein Rechtskreis</source>
        <translation>no legal domain</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="381"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="383"/>
        <source>übermittelt</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="385"/>
        <source>Termin vereinbart</source>
        <translation>appointment made</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="387"/>
        <source>in Bearbeitung</source>
        <translation>being processed</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="389"/>
        <source>erledigt</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="391"/>
        <source>abgelehnt</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="393"/>
        <source>keine Rückmeldung</source>
        <translation>no response</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="395"/>
        <source>weitervermittelt</source>
        <translation>referred on</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="403"/>
        <source>Stammdaten (Name, Geburtsdatum, Aktenzeichen)</source>
        <translation>Personal details (name, date of birth, file reference)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="405"/>
        <source>Kontaktdaten (Anschrift, Telefon, E-Mail)</source>
        <translation>Contact details (address, phone, email)</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="407"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="409"/>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="411"/>
        <source>Sprachen und Dolmetschbedarf</source>
        <translation>Languages and need for an interpreter</translation>
    </message>
    <message>
        <location filename="../../src/core/Catalog.cpp" line="413"/>
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
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>Fami&amp;lie:</source>
        <translation>Famil&amp;y:</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>Fallcode einer anderen Klient*in derselben Familie. Die Familie zählt in Auswertungen einmal als Familie.</source>
        <translation>Case code of another client in the same family. In evaluations the family counts once.</translation>
    </message>
    <message>
        <location filename="../../forms/clients/ClientEditorWidget.ui" line="11"/>
        <source>Fallcode, z. B. GT-2026-0042</source>
        <translation>Case code, e.g. GT-2026-0042</translation>
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
        <location filename="../../src/core/ClientRepository.cpp" line="171"/>
        <source>Bitte geben Sie den Nachnamen ein.</source>
        <translation>Please enter the last name.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="175"/>
        <source>Bitte geben Sie den Vornamen ein.</source>
        <translation>Please enter the first name.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="179"/>
        <source>Das Geburtsdatum liegt in der Zukunft.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="183"/>
        <source>Bitte wählen Sie eine Zielgruppe.</source>
        <translation>Please select a target group.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="187"/>
        <source>Bitte wählen Sie einen Wohnort.</source>
        <translation>Please select a place of residence.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="191"/>
        <source>Bitte wählen Sie einen Aufenthaltsstatus.</source>
        <translation>Please select a residence status.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="196"/>
        <source>Bitte geben Sie den Namen jedes Haushaltsmitglieds ein.</source>
        <translation>Please enter the name of every household member.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="331"/>
        <location filename="../../src/core/ClientRepository.cpp" line="394"/>
        <source>Die Person wurde nicht gefunden.</source>
        <translation>The person was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="421"/>
        <source>Eine Person kann nicht mit sich selbst als Familie verknüpft werden.</source>
        <translation>A person cannot be linked to themselves as family.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="428"/>
        <source>Die Person, mit deren Familie verknüpft werden soll, wurde nicht gefunden.</source>
        <translation>The person whose family this person is to be linked to was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ClientRepository.cpp" line="438"/>
        <source>Mit dieser Person sind bereits andere Personen als Familie verknüpft. Sie kann deshalb nicht zu einer anderen Familie gehören.</source>
        <translation>Other people are already linked to this person as family. This person therefore cannot belong to another family.</translation>
    </message>
</context>
<context>
    <name>ConferenceItem</name>
    <message>
        <location filename="../../src/core/ConferenceItem.cpp" line="11"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceItem.cpp" line="13"/>
        <source>in Bearbeitung</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceItem.cpp" line="15"/>
        <source>umgesetzt</source>
        <translation>implemented</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceItem.cpp" line="17"/>
        <source>zurückgestellt</source>
        <translation>deferred</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceItem.cpp" line="19"/>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>ConferenceRepository</name>
    <message>
        <location filename="../../src/core/ConferenceRepository.cpp" line="38"/>
        <source>Bitte wählen Sie das strukturelle Problem.</source>
        <translation>Please select the structural problem.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceRepository.cpp" line="41"/>
        <source>Bitte geben Sie einen Tagesordnungspunkt ein.</source>
        <translation>Please enter an agenda item.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceRepository.cpp" line="44"/>
        <source>Der Zeitraum ist kein Quartal.</source>
        <translation>The period is not a quarter.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceRepository.cpp" line="47"/>
        <source>Bitte wählen Sie einen Stand.</source>
        <translation>Please select a status.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceRepository.cpp" line="136"/>
        <source>Der Tagesordnungspunkt wurde nicht gefunden.</source>
        <translation>The agenda item was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceRepository.cpp" line="162"/>
        <source>Der Tagesordnungspunkt hat keine Kennung.</source>
        <translation>The agenda item has no ID.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConferenceRepository.cpp" line="204"/>
        <source>Die Rückmeldung wurde nicht gefunden.</source>
        <translation>The feedback was not found.</translation>
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
        <location filename="../../src/core/ConsentRepository.cpp" line="47"/>
        <source>Einwilligung widerrufen</source>
        <translation>Revoke consent</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="71"/>
        <source>Das Datum der Einwilligung fehlt oder liegt in der Zukunft.</source>
        <translation>The date of the consent is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="76"/>
        <source>Bitte geben Sie die Version des Einwilligungsformulars an.</source>
        <translation>Please enter the version of the consent form.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="81"/>
        <source>Bitte wählen Sie den Umfang der Einwilligung.</source>
        <translation>Please select the scope of the consent.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="85"/>
        <source>Das Datum des Widerrufs ist ungültig.</source>
        <translation>The date of revocation is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="92"/>
        <source>Die Person wurde nicht gefunden.</source>
        <translation>The person was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="110"/>
        <location filename="../../src/core/ConsentRepository.cpp" line="121"/>
        <source>Die Einwilligung wurde nicht gefunden.</source>
        <translation>The consent was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="126"/>
        <source>Diese Einwilligung wurde bereits widerrufen.</source>
        <translation>This consent has already been revoked.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="130"/>
        <source>Das Datum des Widerrufs fehlt, liegt in der Zukunft oder vor der Einwilligung.</source>
        <translation>The date of revocation is missing, in the future or before the consent.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsentRepository.cpp" line="160"/>
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
        <location filename="../../src/core/ConsultationRepository.cpp" line="37"/>
        <source>Das Datum des Gesprächs fehlt oder liegt in der Zukunft.</source>
        <translation>The date of the conversation is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="43"/>
        <source>Die Dauer muss zwischen 1 und 600 Minuten liegen.</source>
        <translation>The duration must be between 1 and 600 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="47"/>
        <source>Bitte wählen Sie die Art des Kontakts.</source>
        <translation>Please select the type of contact.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="51"/>
        <source>Bitte wählen Sie, ob gedolmetscht wurde.</source>
        <translation>Please select whether interpreting was provided.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="55"/>
        <source>Die Handlungsfelder sind ungültig.</source>
        <translation>The fields of action are invalid.</translation>
    </message>
    <message>
        <location filename="../../src/core/ConsultationRepository.cpp" line="79"/>
        <location filename="../../src/core/ConsultationRepository.cpp" line="106"/>
        <source>Der Beratungskontakt wurde nicht gefunden.</source>
        <translation>The consultation was not found.</translation>
    </message>
</context>
<context>
    <name>ContactBook</name>
    <message>
        <location filename="../../src/exchange/ContactBook.cpp" line="47"/>
        <source>Es gibt schon einen Kontakt mit derselben Schlüsselkennung, aber anderen Schlüsseln. Bitte prüfen Sie die Kontaktkarte.</source>
        <translation>There is already a contact with the same key ID but different keys. Please check the contact card.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/ContactBook.cpp" line="82"/>
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
        <source>A&amp;rt der Arbeitsmappe:</source>
        <translation>Workspace &amp;type:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="53"/>
        <source>&amp;Speicherort:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="68"/>
        <source>&amp;Durchsuchen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="80"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="97"/>
        <source>Passwort &amp;wiederholen:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../forms/workspace/CreateWorkspaceDialog.ui" line="114"/>
        <source>Mindestens 12 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.</source>
        <translation>At least 12 characters. A sentence of several words is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="43"/>
        <source>Fachaufsicht (Demo)</source>
        <translation>Supervisor (demo)</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="44"/>
        <source>Fachaufsicht</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="45"/>
        <source>Demo-Träger</source>
        <translation>Demo provider</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/storage/PrivateFiles.cpp" line="20"/>
        <source>Die Datei %1 gibt es schon. Bitte wählen Sie einen anderen Namen.</source>
        <translation>The file %1 already exists. Please choose a different name.</translation>
    </message>
    <message>
        <location filename="../../src/storage/PrivateFiles.cpp" line="26"/>
        <source>Die Arbeitsmappe kann hier nicht angelegt werden: In den Ordner %1 kann nicht geschrieben werden.</source>
        <translation>The workspace cannot be created here: the folder %1 is not writable.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="52"/>
        <source>Die Arbeitsmappe %1 wurde nicht gefunden.</source>
        <translation>The workspace %1 was not found.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="99"/>
        <source>Die Arbeitsmappe lässt sich mit diesem Schlüssel nicht entschlüsseln: Sie ist beschädigt oder gehört nicht zu dieser Schlüsseldatei. Es wurde nichts verändert.</source>
        <translation>The workspace cannot be decrypted with this key: it is damaged or does not belong to this key file. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="148"/>
        <source>Ein Teil der Änderungen ist fehlgeschlagen. Deshalb wurde nichts davon gespeichert.</source>
        <translation>Part of the changes failed, so none of them were saved.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Database.cpp" line="233"/>
        <source>Die Arbeitsmappe ist beschädigt (eine Datenseite hat die Echtheitsprüfung nicht bestanden). Es wurde nichts verändert. Bitte stellen Sie sie aus einer Sicherung wieder her.</source>
        <translation>The workspace is damaged (a data page failed the authenticity check). Nothing was changed. Please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="18"/>
        <source>Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert; alle früheren Daten sind unverändert.</source>
        <translation>The disk is full. The last change was not saved; all earlier data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="24"/>
        <source>Die Arbeitsmappe ist beschädigt oder passt nicht zu ihrer Schlüsseldatei. Bitte stellen Sie sie aus einer Sicherung wieder her.</source>
        <translation>The workspace is damaged or does not match its key file. Please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="32"/>
        <source>Auf die Arbeitsmappe kann nicht zugegriffen werden (keine Schreibrechte oder der Ordner fehlt).</source>
        <translation>The workspace cannot be accessed (no write permission or the folder is missing).</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="39"/>
        <source>Die Arbeitsmappe wird gerade von einem anderen Programm benutzt.</source>
        <translation>The workspace is currently being used by another program.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="43"/>
        <source>Die Angaben widersprechen vorhandenen Daten und wurden nicht gespeichert.</source>
        <translation>The details conflict with existing data and were not saved.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="48"/>
        <source>Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Die letzte Änderung wurde nicht gespeichert.</source>
        <translation>An error occurred while writing to the disk. The last change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/storage/SqliteError.cpp" line="53"/>
        <source>Interner Datenbankfehler (Code %1). Die letzte Änderung wurde nicht gespeichert.</source>
        <translation>Internal database error (code %1). The last change was not saved.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="286"/>
        <source>Ehefrau</source>
        <translation>Wife</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="287"/>
        <source>Ehemann</source>
        <translation>Husband</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="288"/>
        <source>Tochter</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="289"/>
        <source>Sohn</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="324"/>
        <source>Situations- und Ressourcenanalyse begonnen</source>
        <translation>Analysis of situation and resources started</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="325"/>
        <source>Ziele im Hilfeplan vereinbart</source>
        <translation>Goals agreed in the support plan</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="326"/>
        <source>Vermittlung an Fachdienste begonnen</source>
        <translation>Referral to specialist services started</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="327"/>
        <source>Begleitung reduziert, Ziele werden überprüft</source>
        <translation>Support reduced, goals under review</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="328"/>
        <source>Ziele überprüft, Fall abgeschlossen</source>
        <translation>Goals reviewed, case closed</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="412"/>
        <source>Klientin</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoGenerator.cpp" line="413"/>
        <source>Klient</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>DemoReferrals</name>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="70"/>
        <source>Antrag auf Bürgergeld, Klärung der Unterlagen</source>
        <translation>Application for Bürgergeld (citizen&apos;s benefit), clarifying the documents</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="73"/>
        <source>Berufsberatung und Anerkennung der Qualifikation</source>
        <translation>Career guidance and recognition of qualifications</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="75"/>
        <source>Verlängerung des Aufenthaltstitels</source>
        <translation>Extension of the residence title</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="78"/>
        <source>Beratung zur Einbürgerung</source>
        <translation>Advice on naturalisation</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="81"/>
        <source>Rückfrage zum Asylverfahren</source>
        <translation>Query about the asylum procedure</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="85"/>
        <source>Impfberatung und Schuleingangsuntersuchung</source>
        <translation>Vaccination advice and school entry health check</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="88"/>
        <source>Schul- oder Kita-Platz für die Kinder</source>
        <translation>School or day-care place for the children</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="91"/>
        <source>Anmeldung zum Integrationskurs</source>
        <translation>Registration for the integration course</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="94"/>
        <source>Übernahme der Mietkaution</source>
        <translation>Payment of the rent deposit</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="97"/>
        <source>Antrag auf Kindergeld</source>
        <translation>Application for child benefit</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="101"/>
        <source>Beratung nach Diskriminierung bei der Wohnungssuche</source>
        <translation>Counselling after discrimination when looking for housing</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="103"/>
        <source>Sprachlotse für einen Arzttermin</source>
        <translation>Language mediator for a doctor&apos;s appointment</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="106"/>
        <source>Beratung zum Familiennachzug</source>
        <translation>Advice on family reunification</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoReferrals.cpp" line="198"/>
        <source>Vermittlung: %1</source>
        <translation>Referral: %1</translation>
    </message>
</context>
<context>
    <name>DemoSupervision</name>
    <message>
        <location filename="../../src/demo/DemoSupervision.cpp" line="43"/>
        <source>Die Demo-Fachaufsicht konnte nicht angelegt werden: %1</source>
        <translation>The demo supervisor could not be created: %1</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoSupervision.cpp" line="110"/>
        <source>ungültige Einstellungen</source>
        <translation>invalid settings</translation>
    </message>
    <message>
        <location filename="../../src/demo/DemoSupervision.cpp" line="117"/>
        <source>kein temporärer Ordner</source>
        <translation>no temporary folder</translation>
    </message>
</context>
<context>
    <name>DisclosureControl</name>
    <message>
        <location filename="../../src/reporting/DisclosureControl.cpp" line="83"/>
        <source>Eine Gemeinde in den Tabellen gehört zu keiner Region.</source>
        <translation>A municipality in the tables does not belong to any region.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/DisclosureControl.cpp" line="119"/>
        <source>Die Parameter der Geheimhaltung sind ungültig.</source>
        <translation>The disclosure control parameters are invalid.</translation>
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
        <location filename="../../src/core/FollowUpRepository.cpp" line="76"/>
        <source>Bitte geben Sie an, worum es bei der Wiedervorlage geht.</source>
        <translation>Please state what the follow-up is about.</translation>
    </message>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="82"/>
        <source>Bitte geben Sie das Datum der Wiedervorlage an.</source>
        <translation>Please enter the date of the follow-up.</translation>
    </message>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="87"/>
        <source>Das Erledigt-Datum darf nicht in der Zukunft liegen.</source>
        <translation>The completion date must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="104"/>
        <location filename="../../src/core/FollowUpRepository.cpp" line="119"/>
        <source>Die Wiedervorlage wurde nicht gefunden.</source>
        <translation>The follow-up was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/FollowUpRepository.cpp" line="113"/>
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
    <name>ImportReason</name>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="11"/>
        <source>Die Datei ist kein Austauschpaket von KIM Fallakte.</source>
        <translation>The file is not a KIM Fallakte exchange package.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="13"/>
        <source>Das Paket stammt aus einer neueren Programmversion. Bitte aktualisieren Sie KIM Fallakte.</source>
        <translation>The package comes from a newer version of the program. Please update KIM Fallakte.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="17"/>
        <source>Das Paket ist beschädigt oder wurde unterwegs verändert. Bitte lassen Sie es sich erneut schicken.</source>
        <translation>The package is damaged or was altered in transit. Please ask for it to be sent again.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="21"/>
        <source>Das Paket ist für eine andere Arbeitsmappe verschlüsselt und kann hier nicht geöffnet werden.</source>
        <translation>The package is encrypted for a different workspace and cannot be opened here.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="25"/>
        <source>Das Paket ist mit einem Passwort verschlüsselt, nicht für diese Arbeitsmappe.</source>
        <translation>The package is encrypted with a password, not for this workspace.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="28"/>
        <source>Die Signatur ist ungültig: Das Paket wurde verändert oder nicht vom angegebenen Absender signiert.</source>
        <translation>The signature is invalid: the package has been altered or was not signed by the stated sender.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="32"/>
        <source>Der Absender gehört nicht zu Ihren bestätigten Kontakten oder sein Kontakt wurde widerrufen. Bestätigen Sie zuerst seine Kontaktkarte.</source>
        <translation>The sender is not one of your confirmed contacts, or their contact has been revoked. Confirm their contact card first.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="36"/>
        <source>Das Paket ist laut seinem signierten Inhalt an jemand anderen gerichtet.</source>
        <translation>According to its signed content, the package is addressed to someone else.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="39"/>
        <source>Dieses Paket wurde bereits eingelesen.</source>
        <translation>This package has already been imported.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="41"/>
        <source>Die Datei ist zu groß für ein Austauschpaket.</source>
        <translation>The file is too large for an exchange package.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="46"/>
        <source>Die Datei enthält einen ungültigen Schlüssel.</source>
        <translation>The file contains an invalid key.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="50"/>
        <source>Der Inhalt des Pakets entspricht nicht dem vereinbarten Format und wurde nicht übernommen.</source>
        <translation>The content of the package does not match the agreed format and was not imported.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="62"/>
        <source>Das Paket konnte nicht übernommen werden: %1</source>
        <translation>The package could not be imported: %1</translation>
    </message>
    <message>
        <location filename="../../src/reporting/ImportReason.cpp" line="65"/>
        <source>Das Paket konnte wegen eines internen Fehlers nicht übernommen werden.</source>
        <translation>The package could not be imported because of an internal error.</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="39"/>
        <source>Bitte geben Sie den Namen der Einrichtung ein.</source>
        <translation>Please enter the name of the institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="43"/>
        <source>Bitte wählen Sie die Art der Einrichtung.</source>
        <translation>Please select the type of institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="47"/>
        <source>Bitte wählen Sie den Rechtskreis.</source>
        <translation>Please select the legal domain.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="51"/>
        <source>Bitte wählen Sie den Ort oder „kreisweit“.</source>
        <translation>Please select the town or “district-wide”.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="58"/>
        <source>Eine Einrichtung mit diesem Namen gibt es bereits.</source>
        <translation>An institution with this name already exists.</translation>
    </message>
    <message>
        <location filename="../../src/core/InstitutionRepository.cpp" line="93"/>
        <location filename="../../src/core/InstitutionRepository.cpp" line="116"/>
        <location filename="../../src/core/InstitutionRepository.cpp" line="132"/>
        <source>Die Einrichtung wurde nicht gefunden.</source>
        <translation>The institution was not found.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="27"/>
        <source>Die Schlüsseldatei der Arbeitsmappe ist beschädigt. Bitte stellen Sie sie aus einer Sicherung wieder her.</source>
        <translation>The key file of the workspace is damaged. Please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="99"/>
        <source>Die Schlüsseldatei %1 fehlt. Ohne sie lässt sich die Arbeitsmappe nicht öffnen.</source>
        <translation>The key file %1 is missing. The workspace cannot be opened without it.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="117"/>
        <source>Die Schlüsseldatei stammt aus einer neueren Programmversion. Bitte aktualisieren Sie KIM Fallakte.</source>
        <translation>The key file comes from a newer version of the program. Please update KIM Fallakte.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="160"/>
        <source>In den Ordner %1 kann nicht geschrieben werden.</source>
        <translation>The folder %1 is not writable.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="167"/>
        <source>Die Schlüsseldatei konnte nicht gespeichert werden (Datenträger voll oder nicht beschreibbar). Die bisherige Datei ist unverändert.</source>
        <translation>The key file could not be saved (disk full or not writable). The existing file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="185"/>
        <source>Das Passwort ist falsch.</source>
        <translation>The password is incorrect.</translation>
    </message>
    <message>
        <location filename="../../src/crypto/KeySlotFile.cpp" line="202"/>
        <source>Der Schlüsselplatz wurde nicht gefunden.</source>
        <translation>The key slot was not found.</translation>
    </message>
</context>
<context>
    <name>LegalDomainRepository</name>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="21"/>
        <source>Bitte wählen Sie den Rechtskreis.</source>
        <translation>Please select the legal domain.</translation>
    </message>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="26"/>
        <source>Der Beginn fehlt oder liegt in der Zukunft.</source>
        <translation>The start date is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="30"/>
        <source>Das Ende liegt vor dem Beginn.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="62"/>
        <source>Für diesen Rechtskreis gibt es in diesem Zeitraum schon einen Eintrag. Bitte beenden Sie zuerst den vorigen Zeitraum.</source>
        <translation>There is already an entry for this legal domain in this period. Please end the previous period first.</translation>
    </message>
    <message>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="81"/>
        <location filename="../../src/core/LegalDomainRepository.cpp" line="90"/>
        <source>Der Zeitraum wurde nicht gefunden.</source>
        <translation>The period was not found.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../src/storage/Migrator.cpp" line="43"/>
        <source>Die Arbeitsmappe wurde mit einer neueren Version von KIM Fallakte gespeichert. Bitte aktualisieren Sie das Programm.</source>
        <translation>The workspace was saved with a newer version of KIM Fallakte. Please update the program.</translation>
    </message>
</context>
<context>
    <name>OfficeInbox</name>
    <message>
        <location filename="../../src/reporting/OfficeInbox.cpp" line="22"/>
        <source>Das Paket enthält keinen Problembericht, sondern Daten der Art „%1“.</source>
        <translation>The package does not contain a problem report but data of kind “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/OfficeInbox.cpp" line="50"/>
        <source>Von %1 liegt für das %2 schon ein neuerer Bericht vor. Dieses ältere Paket wurde nicht übernommen.</source>
        <translation>A newer report from %1 for %2 already exists. This older package was not imported.</translation>
    </message>
</context>
<context>
    <name>OfficeOutbox</name>
    <message>
        <location filename="../../src/reporting/OfficeOutbox.cpp" line="30"/>
        <source>Es gibt noch keine bestätigten Kontakte, an die das Paket gehen könnte.</source>
        <translation>There are no confirmed contacts yet to send the package to.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/OfficeOutbox.cpp" line="35"/>
        <source>Ein Paket kann an höchstens %1 Kontakte gehen; Sie haben %2 bestätigte Kontakte.</source>
        <translation>A package can go to at most %1 contacts; you have %2 confirmed contacts.</translation>
    </message>
</context>
<context>
    <name>OfficeSecret</name>
    <message>
        <location filename="../../src/reporting/OfficeSecret.cpp" line="23"/>
        <source>Der geheime Schlüssel für die Geheimhaltung in dieser Arbeitsmappe ist beschädigt.</source>
        <translation>The secret key for disclosure control in this workspace is damaged.</translation>
    </message>
</context>
<context>
    <name>PackageError</name>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="37"/>
        <source>Die Datei ist kein Austauschpaket (sie ist nicht im age-Format verschlüsselt).</source>
        <translation>The file is not an exchange package (it is not encrypted in age format).</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="40"/>
        <source>Das Paket hat ein Format oder eine Version, die dieses Programm nicht kennt. Bitte aktualisieren Sie KIM Fallakte.</source>
        <translation>The package has a format or version that this program does not recognise. Please update KIM Fallakte.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="44"/>
        <source>Das Paket ist beschädigt oder wurde verändert. Bitte lassen Sie es sich erneut schicken.</source>
        <translation>The package is damaged or has been altered. Please ask for it to be sent again.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="47"/>
        <source>Das Paket ist nicht für diese Arbeitsmappe verschlüsselt.</source>
        <translation>The package is not encrypted for this workspace.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="49"/>
        <source>Das Passwort für diese Datei ist falsch.</source>
        <translation>The password for this file is incorrect.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="51"/>
        <source>Die Signatur des Pakets ist ungültig: Es wurde verändert oder nicht vom angegebenen Absender signiert.</source>
        <translation>The signature of the package is invalid: it has been altered or was not signed by the stated sender.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="56"/>
        <source>Das Paket ist von einem Absender signiert, der nicht zu Ihren bestätigten Kontakten gehört oder dessen Kontakt widerrufen wurde.</source>
        <translation>The package is signed by a sender who is not one of your confirmed contacts or whose contact has been revoked.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="61"/>
        <source>Das Paket ist laut seinem signierten Inhalt nicht an diese Arbeitsmappe gerichtet.</source>
        <translation>According to its signed content, the package is not addressed to this workspace.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="64"/>
        <source>Dieses Paket wurde bereits eingelesen.</source>
        <translation>This package has already been imported.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="66"/>
        <source>Die Datei ist zu groß für ein Austauschpaket.</source>
        <translation>The file is too large for an exchange package.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="68"/>
        <source>Die Kontaktkarte ist ungültig oder beschädigt.</source>
        <translation>The contact card is invalid or damaged.</translation>
    </message>
    <message>
        <location filename="../../src/exchange/PackageError.cpp" line="72"/>
        <source>Der Schlüssel ist ungültig oder beschädigt.</source>
        <translation>The key is invalid or damaged.</translation>
    </message>
</context>
<context>
    <name>ProblemFlagRepository</name>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="24"/>
        <source>Bitte geben Sie an, seit wann das Problem besteht.</source>
        <translation>Please state since when the problem has existed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="28"/>
        <source>Das Datum „seit“ liegt in der Zukunft.</source>
        <translation>The “since” date is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="33"/>
        <source>Das Problem kann nicht gelöst worden sein, bevor es bestand.</source>
        <translation>The problem cannot have been resolved before it existed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="37"/>
        <source>Das Datum „gelöst am“ liegt in der Zukunft.</source>
        <translation>The “resolved on” date is in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="50"/>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="176"/>
        <source>Das strukturelle Problem wurde nicht gefunden.</source>
        <translation>The structural problem was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="59"/>
        <source>Bitte wählen Sie eine Problemart aus der Liste.</source>
        <translation>Please select a problem type from the list.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="65"/>
        <source>Diese Problemart wird nicht mehr verwendet. Bitte wählen Sie eine aktuelle.</source>
        <translation>This problem type is no longer in use. Please select a current one.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="76"/>
        <source>Der Fall wurde nicht gefunden.</source>
        <translation>The case was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="86"/>
        <source>Bitte wählen Sie die Art der Einrichtung.</source>
        <translation>Please select the type of institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="94"/>
        <source>Die Einrichtung wurde nicht gefunden.</source>
        <translation>The institution was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemFlagRepository.cpp" line="148"/>
        <source>Der Fall ist abgeschlossen; es können keine neuen Probleme erfasst werden.</source>
        <translation>The case is closed; no new problems can be recorded.</translation>
    </message>
</context>
<context>
    <name>ProblemProposalRepository</name>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="24"/>
        <source>Bitte wählen Sie ein Handlungsfeld.</source>
        <translation>Please select a field of action.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="29"/>
        <source>Bitte geben Sie einen Titel ein.</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="32"/>
        <source>Bitte beschreiben Sie in ein oder zwei Sätzen, wann die Problemart gilt.</source>
        <translation>Please describe in one or two sentences when the problem type applies.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="36"/>
        <source>Der Titel ist zu lang (höchstens 200 Zeichen).</source>
        <translation>The title is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="40"/>
        <source>Die Beschreibung ist zu lang (höchstens 1000 Zeichen).</source>
        <translation>The description is too long (at most 1000 characters).</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="61"/>
        <source>Der Vorschlag wurde nicht gefunden oder ist bereits versandt.</source>
        <translation>The proposal was not found or has already been sent.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="94"/>
        <source>Das Paket hat keine Kennung.</source>
        <translation>The package has no ID.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="136"/>
        <source>Bitte wählen Sie eine Entscheidung.</source>
        <translation>Please select a decision.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="140"/>
        <source>Bitte nennen Sie die Problemart, die aus dem Vorschlag entstanden ist.</source>
        <translation>Please name the problem type that resulted from the proposal.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemProposalRepository.cpp" line="148"/>
        <source>Der Vorschlag wurde nicht gefunden.</source>
        <translation>The proposal was not found.</translation>
    </message>
</context>
<context>
    <name>ProblemReportExport</name>
    <message>
        <location filename="../../src/reporting/ProblemReportExport.cpp" line="32"/>
        <source>Die Koordinierende Stelle ist kein bestätigter Kontakt. Bitte bestätigen Sie zuerst ihre Kontaktkarte.</source>
        <translation>The coordinating office is not a confirmed contact. Please confirm its contact card first.</translation>
    </message>
</context>
<context>
    <name>ProblemTaxonomyRepository</name>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="38"/>
        <source>Die Problemart wurde nicht gefunden.</source>
        <translation>The problem type was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="44"/>
        <source>Bitte geben Sie einen Titel für die Problemart ein.</source>
        <translation>Please enter a title for the problem type.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="47"/>
        <source>Der Titel ist zu lang (höchstens 200 Zeichen).</source>
        <translation>The title is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="51"/>
        <source>Die Beschreibung ist zu lang (höchstens 1000 Zeichen).</source>
        <translation>The description is too long (at most 1000 characters).</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="59"/>
        <source>Die Versionsnummer der Problemliste ist ungültig.</source>
        <translation>The version number of the problem taxonomy is invalid.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="65"/>
        <source>Die Problemliste enthält einen ungültigen Code.</source>
        <translation>The problem taxonomy contains an invalid code.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="69"/>
        <source>Die Problemliste enthält einen Code mehrfach.</source>
        <translation>The problem taxonomy contains a duplicate code.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="77"/>
        <source>Die Problemliste enthält eine ungültige Versionsangabe.</source>
        <translation>The problem taxonomy contains an invalid version entry.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="188"/>
        <source>Diese Problemliste (Version %1) ist nicht neuer als die vorhandene (Version %2).</source>
        <translation>This problem taxonomy (version %1) is not newer than the existing one (version %2).</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="233"/>
        <source>Bitte wählen Sie ein Handlungsfeld.</source>
        <translation>Please select a field of action.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="257"/>
        <source>Das Handlungsfeld einer Problemart kann nicht geändert werden.</source>
        <translation>The field of action of a problem type cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ProblemTaxonomy.cpp" line="302"/>
        <source>Seit der letzten Ausgabe wurde die Problemliste nicht geändert.</source>
        <translation>The problem taxonomy has not changed since the last release.</translation>
    </message>
</context>
<context>
    <name>PublicationStore</name>
    <message>
        <location filename="../../src/reporting/PublicationStore.cpp" line="151"/>
        <source>Für %1 ist schon ein Quartal veröffentlicht. Regionen und Schwellenwert bleiben für dieses Jahr unverändert.</source>
        <translation>A quarter has already been published for %1. Regions and threshold remain unchanged for this year.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/PublicationStore.cpp" line="159"/>
        <source>Die Parameter sind ungültig: Jede Gemeinde muss genau einer Region angehören, und der Schwellenwert muss mindestens 1 sein.</source>
        <translation>The parameters are invalid: every municipality must belong to exactly one region, and the threshold must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/PublicationStore.cpp" line="179"/>
        <source>Das %1 ist bereits veröffentlicht, und die Daten haben sich seitdem geändert. Eine Berichtigung braucht eine Begründung.</source>
        <translation>%1 has already been published, and the data has changed since then. A correction needs a reason.</translation>
    </message>
</context>
<context>
    <name>Quarter</name>
    <message>
        <location filename="../../src/core/Quarter.cpp" line="29"/>
        <source>%1. Quartal %2</source>
        <translation>Q%1 %2</translation>
    </message>
</context>
<context>
    <name>ReferralReleaseRepository</name>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="57"/>
        <source>Die Schweigepflichtentbindung wurde nicht gefunden.</source>
        <translation>The release from confidentiality was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="66"/>
        <source>Eine erfasste Schweigepflichtentbindung kann nicht geändert werden. Bitte widerrufen Sie sie und erfassen Sie eine neue.</source>
        <translation>A recorded release from confidentiality cannot be changed. Please revoke it and record a new one.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="72"/>
        <source>Das Datum der Schweigepflichtentbindung fehlt oder liegt in der Zukunft.</source>
        <translation>The date of the release from confidentiality is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="79"/>
        <source>Bitte geben Sie den Zweck der Weitergabe an.</source>
        <translation>Please enter the purpose of the disclosure.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="84"/>
        <source>Bitte wählen Sie aus, welche Angaben weitergegeben werden dürfen.</source>
        <translation>Please select which details may be disclosed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="89"/>
        <source>Die Person wurde nicht gefunden.</source>
        <translation>The person was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="93"/>
        <source>Die Einrichtung wurde nicht gefunden.</source>
        <translation>The institution was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="110"/>
        <source>Diese Schweigepflichtentbindung wurde bereits widerrufen.</source>
        <translation>This release from confidentiality has already been revoked.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralReleaseRepository.cpp" line="115"/>
        <source>Das Datum des Widerrufs fehlt, liegt in der Zukunft oder vor der Schweigepflichtentbindung.</source>
        <translation>The date of revocation is missing, in the future or before the release from confidentiality.</translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="102"/>
        <source>Bitte beschreiben Sie kurz den Anlass der Vermittlung.</source>
        <translation>Please briefly describe the reason for the referral.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="107"/>
        <source>Bitte wählen Sie ein Handlungsfeld.</source>
        <translation>Please select a field of action.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="111"/>
        <source>Das Datum der Vermittlung fehlt oder liegt in der Zukunft.</source>
        <translation>The date of the referral is missing or in the future.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="116"/>
        <source>Die Rückmeldung kann nicht vor der Vermittlung erwartet werden.</source>
        <translation>A response cannot be expected before the referral.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="123"/>
        <source>Bitte wählen Sie eine Einrichtung.</source>
        <translation>Please select an institution.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="127"/>
        <source>Diese Einrichtung ist archiviert und nimmt keine neuen Vermittlungen an.</source>
        <translation>This institution is archived and does not accept new referrals.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="180"/>
        <source>Die Vermittlung wurde nicht gefunden.</source>
        <translation>The referral was not found.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="197"/>
        <source>Die Vermittlung wurde bereits übermittelt; Einrichtung und Datum können nicht mehr geändert werden.</source>
        <translation>The referral has already been sent; institution and date can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="231"/>
        <source>Die Einwilligung dieser Person umfasst keine Weitergabe an vermittelte Stellen. Bitte erfassen Sie zuerst eine entsprechende Einwilligung.</source>
        <translation>This person&apos;s consent does not cover disclosure to institutions referred to. Please record an appropriate consent first.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="240"/>
        <source>Für diese Einrichtung liegt keine gültige Schweigepflichtentbindung vor. Ohne sie dürfen keine Daten weitergegeben werden.</source>
        <translation>There is no valid release from confidentiality for this institution. Without it, no data may be disclosed.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="254"/>
        <source>Der Status kann nicht von „%1“ zu „%2“ wechseln.</source>
        <translation>The status cannot change from “%1” to “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="260"/>
        <source>Das Datum fehlt, liegt in der Zukunft oder vor der letzten Änderung (%1).</source>
        <translation>The date is missing, in the future or before the last change (%1).</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="287"/>
        <source>Nur geplante Vermittlungen können gelöscht werden; diese wurde bereits übermittelt.</source>
        <translation>Only planned referrals can be deleted; this one has already been sent.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralRepository.cpp" line="343"/>
        <source>Rückmeldung %1 ausstehend</source>
        <translation>Response %1 pending</translation>
    </message>
</context>
<context>
    <name>ReferralSheetData</name>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="37"/>
        <source>Für diese Einrichtung liegt heute keine gültige Schweigepflichtentbindung vor. Der Überleitungsbogen kann nicht erstellt werden.</source>
        <translation>There is no valid release from confidentiality for this institution today. The referral sheet cannot be created.</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="51"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="52"/>
        <source>Aktenzeichen</source>
        <translation>File reference</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="55"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="56"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="57"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="60"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="63"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="64"/>
        <source>Dolmetschbedarf</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="65"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="66"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/core/ReferralSheetData.cpp" line="74"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
</context>
<context>
    <name>ReferralSheetWriter</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="26"/>
        <source>z. Hd. %1</source>
        <translation>FAO %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="37"/>
        <source>Angaben zur Person sind von der Entbindung nicht umfasst.</source>
        <translation>Personal details are not covered by the release.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="61"/>
        <source>[Träger des KIM-Case-Managements – bitte in den Einstellungen eintragen]</source>
        <translation>[Provider of the KIM case management – please enter it in the settings]</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="76"/>
        <source>Kommunales Integrationsmanagement (KIM)</source>
        <translation>Kommunales Integrationsmanagement (KIM) – Municipal Integration Management</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="81"/>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="135"/>
        <source>Überleitungsbogen</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="83"/>
        <source>Sehr geehrte Damen und Herren,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="85"/>
        <source>wir vermitteln die unten genannte Person an Ihre Einrichtung. Die Person hat uns am %1 für folgenden Zweck von der Schweigepflicht entbunden: %2.</source>
        <translation>We are referring the person named below to your institution. On %1, the person released us from confidentiality for the following purpose: %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="91"/>
        <source>Die Entbindung umfasst nur:</source>
        <translation>The release covers only:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="93"/>
        <source>Angaben zur Person</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="96"/>
        <source>Anliegen</source>
        <translation>Concern</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="99"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="103"/>
        <source>Wir bitten um eine kurze Rückmeldung bis zum %1.</source>
        <translation>We would be grateful for a brief response by %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="108"/>
        <source>Mit freundlichen Grüßen</source>
        <translation>Yours faithfully</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralSheetWriter.cpp" line="110"/>
        <source>Vertraulich: enthält personenbezogene Daten. Nur für den genannten Zweck verwenden und nicht weitergeben.</source>
        <translation>Confidential: contains personal data. Use only for the stated purpose and do not pass on.</translation>
    </message>
</context>
<context>
    <name>RegionScheme</name>
    <message>
        <location filename="../../src/reporting/RegionScheme.cpp" line="24"/>
        <source>Region Nord</source>
        <translation>Region North</translation>
    </message>
    <message>
        <location filename="../../src/reporting/RegionScheme.cpp" line="27"/>
        <source>Region Süd</source>
        <translation>Region South</translation>
    </message>
</context>
<context>
    <name>ReportingPeriod</name>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="14"/>
        <source>Januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="16"/>
        <source>Februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="18"/>
        <source>März</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="20"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="22"/>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="24"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="26"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="28"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="30"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="32"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="34"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="36"/>
        <source>Dezember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="78"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../src/core/ReportingPeriod.cpp" line="80"/>
        <source>%1. Quartal %2</source>
        <translation>Q%1 %2</translation>
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
    <name>Sqlcipher3Migration</name>
    <message>
        <location filename="../../src/storage/Sqlcipher3Migration.cpp" line="62"/>
        <source>Die Arbeitsmappe konnte nicht in das neue Speicherformat umgewandelt werden: Die Umwandlung stimmt nicht mit dem Original überein. Die Arbeitsmappe ist unverändert.</source>
        <translation>The workspace could not be converted to the new storage format: the converted copy does not match the original. The workspace is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Sqlcipher3Migration.cpp" line="70"/>
        <source>Die Arbeitsmappe konnte nicht umgewandelt werden: In den Ordner %1 kann nicht geschrieben werden. Die Arbeitsmappe ist unverändert.</source>
        <translation>The workspace could not be converted: the folder %1 is not writable. The workspace is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/storage/PrivateFiles.cpp" line="43"/>
        <source>Die Arbeitsmappe ist noch in einem anderen Fenster oder Programm geöffnet. Bitte schließen Sie es und versuchen Sie es erneut.</source>
        <translation>The workspace is still open in another window or program. Please close it and try again.</translation>
    </message>
</context>
<context>
    <name>SupervisorInbox</name>
    <message>
        <location filename="../../src/reporting/SupervisorInbox.cpp" line="22"/>
        <source>Das Paket enthält keinen Fallzahlenbericht, sondern Daten der Art „%1“.</source>
        <translation>The package contains no caseload report but data of the kind “%1”.</translation>
    </message>
    <message>
        <location filename="../../src/reporting/SupervisorInbox.cpp" line="52"/>
        <source>Von %1 liegt für %2 schon ein neuerer oder gleich neuer Fallzahlenbericht vor. Dieses Paket wurde nicht übernommen.</source>
        <translation>A newer or equally new caseload report from %1 for %2 is already here. This package was not imported.</translation>
    </message>
</context>
<context>
    <name>SupervisorReports</name>
    <message>
        <location filename="../../src/reporting/SupervisorReports.cpp" line="216"/>
        <source>Die Notiz darf höchstens %1 Zeichen lang sein.</source>
        <translation>The note may be at most %1 characters long.</translation>
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
        <location filename="../../src/storage/Vault.cpp" line="51"/>
        <source>Die Art der Arbeitsmappe ist diesem Programm unbekannt.</source>
        <translation>This program does not recognise the type of the workspace.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="66"/>
        <source>Die Arbeitsmappe konnte nicht angelegt werden: In den Ordner %1 kann nicht geschrieben werden.</source>
        <translation>The workspace could not be created: the folder %1 is not writable.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="112"/>
        <source>Unter diesem Namen gibt es schon eine Arbeitsmappe. Bitte wählen Sie einen anderen Namen.</source>
        <translation>A workspace with this name already exists. Please choose a different name.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="121"/>
        <source>Hauptpasswort</source>
        <translation>Main password</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="151"/>
        <source>Die Arbeitsmappe %1 wurde nicht gefunden.</source>
        <translation>The workspace %1 was not found.</translation>
    </message>
    <message>
        <location filename="../../src/storage/Vault.cpp" line="165"/>
        <source>Die Schlüsseldatei gehört zu einer anderen Arbeitsmappe.</source>
        <translation>The key file belongs to a different workspace.</translation>
    </message>
</context>
<context>
    <name>kim-cli</name>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="49"/>
        <source>Die Datei %1 kann nicht gelesen werden.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="51"/>
        <source>Die Datei %1 ist zu groß.</source>
        <translation>The file %1 is too large.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="59"/>
        <location filename="../../src/cli/DemoKreis.cpp" line="78"/>
        <source>Die Datei %1 konnte nicht geschrieben werden.</source>
        <translation>The file %1 could not be written.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="65"/>
        <source>Bitte geben Sie die Arbeitsmappe mit --vault an.</source>
        <translation>Please specify the workspace with --vault.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="67"/>
        <source>Passwort für %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="76"/>
        <source>Name:           %1</source>
        <translation>Name:           %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="77"/>
        <source>Rolle:          %1</source>
        <translation>Role:           %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="78"/>
        <source>Organisation:   %1</source>
        <translation>Organisation:   %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="79"/>
        <source>Schlüssel-ID:   %1</source>
        <translation>Key ID:         %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="80"/>
        <source>Fingerabdruck:  %1</source>
        <translation>Fingerprint:    %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="101"/>
        <source>Unbekannter Befehl „%1“. Hilfe mit --help.</source>
        <translation>Unknown command “%1”. Use --help for help.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="123"/>
        <source>Fingerabdruck: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="129"/>
        <location filename="../../src/cli/CliCommands.cpp" line="137"/>
        <source>Bitte geben Sie genau eine Kontaktkarte an.</source>
        <translation>Please specify exactly one contact card.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="142"/>
        <source>Haben Sie den Fingerabdruck mit der Person am Telefon verglichen?</source>
        <translation>Have you compared the fingerprint with the person on the phone?</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="144"/>
        <source>Nicht gespeichert.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="148"/>
        <source>Kontakt gespeichert.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="154"/>
        <source>Bitte geben Sie die Schlüssel-ID des Kontakts an.</source>
        <translation>Please specify the key ID of the contact.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="157"/>
        <source>Kontakt widerrufen.</source>
        <translation>Contact revoked.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="164"/>
        <source>widerrufen</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="165"/>
        <source>vertraut</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="175"/>
        <source>seal braucht --kind, --payload, --out und mindestens ein --to.</source>
        <translation>seal needs --kind, --payload, --out and at least one --to.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="179"/>
        <source>Die Nutzdaten sind kein gültiges JSON.</source>
        <translation>The payload is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="189"/>
        <source>%1 ist kein bestätigter Kontakt. Bitte zuerst „kim-cli trust“ ausführen.</source>
        <translation>%1 is not a confirmed contact. Please run “kim-cli trust” first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/CliCommands.cpp" line="201"/>
        <source>Paket für %n Empfänger geschrieben.</source>
        <translation>
            <numerusform>Package written for %n recipient.</numerusform>
            <numerusform>Package written for %n recipients.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="207"/>
        <location filename="../../src/cli/CliCommands.cpp" line="225"/>
        <source>Bitte geben Sie genau ein Paket an.</source>
        <translation>Please specify exactly one package.</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="214"/>
        <source>Signatur gültig: %1 (%2), Art %3, Zeitraum %4, Paket %5</source>
        <translation>Signature valid: %1 (%2), kind %3, period %4, package %5</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="232"/>
        <source>Format:      age v1 (age-encryption.org/v1)</source>
        <translation>Format:      age v1 (age-encryption.org/v1)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="233"/>
        <source>Empfänger:   %1 (%2)</source>
        <translation>Recipient:   %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="236"/>
        <source>Größe:       %1 Bytes (Kopf %2, verschlüsselter Inhalt %3)</source>
        <translation>Size:        %1 bytes (header %2, encrypted content %3)</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="247"/>
        <source>empfangen</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="248"/>
        <source>gesendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../src/cli/PasswordPrompt.cpp" line="64"/>
        <source>Kein Terminal für die Passworteingabe. Verwenden Sie --password-stdin, um das Passwort über die Standardeingabe zu übergeben.</source>
        <translation>No terminal for entering the password. Use --password-stdin to pass the password via standard input.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="109"/>
        <source>demo-kreis braucht --out mit einem neuen Ordner.</source>
        <translation>demo-kreis needs --out with a new folder.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="113"/>
        <source>Bitte 1 bis 500 Fallmanager*innen, 1 bis 40 Quartale und 1 bis 100000 Klient*innen angeben.</source>
        <translation>Please specify 1 to 500 case managers, 1 to 40 quarters and 1 to 100000 clients.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="117"/>
        <source>Passwort für alle Demo-Arbeitsmappen: </source>
        <translation>Password for all demo workspaces: </translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="119"/>
        <source>Das Passwort darf nicht leer sein.</source>
        <translation>The password must not be empty.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="160"/>
        <source>Der Ordner %1 ist nicht leer. Bitte einen neuen Ordner angeben.</source>
        <translation>The folder %1 is not empty. Please specify a new folder.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="167"/>
        <source>Der Ordner %1 kann nicht angelegt werden.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="179"/>
        <source>Fertig: %1 Arbeitsmappen und %2 Pakete in %3.</source>
        <translation>Done: %1 workspaces and %2 packages in %3.</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="194"/>
        <source>Koordinierende Stelle angelegt, Fingerabdruck %1</source>
        <translation>Coordinating office created, fingerprint %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="208"/>
        <source>Fachaufsicht angelegt, Fingerabdruck %1</source>
        <translation>Supervisor created, fingerprint %1</translation>
    </message>
    <message>
        <location filename="../../src/cli/DemoKreis.cpp" line="260"/>
        <source>Fallmanagement %1 (%2): %3 Klient*innen, %4 Problembericht(e), %5 Fallzahlenbericht(e)</source>
        <translation>Case management %1 (%2): %3 clients, %4 problem report(s), %5 caseload report(s)</translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="18"/>
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
  log                 Paketprotokoll anzeigen (--vault)
  demo-kreis          Demo eines ganzen Kreises anlegen: Koordinierende Stelle, Arbeitsmappen der Fallmanager*innen mit erfundenen Fällen, Problemmeldungen als Pakete (--out ORDNER, --case-managers 30, --quarters 4, --clients-per-manager 150)</source>
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
  log                 Show the package log (--vault)
  demo-kreis          Create a demo of a whole district: coordinating office, case managers&apos; workspaces with fictitious cases, problem reports as packages (--out FOLDER, --case-managers 30, --quarters 4, --clients-per-manager 150)</translation>
    </message>
</context>
<context>
    <name>kim::gui::AlertsModel</name>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="103"/>
        <source>besprochen</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="129"/>
        <source>Ihre Notiz (höchstens %1 Zeichen); bleibt in Ihrer Arbeitsmappe.</source>
        <translation>Your note (at most %1 characters); stays in your workspace.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="141"/>
        <source>Teammitglied</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="142"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="143"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="144"/>
        <source>Gründe</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="145"/>
        <source>Wochen seit
Kontakt</source>
        <translation>Weeks since
contact</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="146"/>
        <source>Wochen in
der Phase</source>
        <translation>Weeks in
the phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="147"/>
        <source>Wiedervorlagen
überfällig</source>
        <translation>Follow-ups
overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="148"/>
        <source>Vermittlungen
überfällig</source>
        <translation>Referrals
overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="149"/>
        <source>Besprochen</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsModel.cpp" line="150"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>kim::gui::AlertsTab</name>
    <message>
        <location filename="../../src/gui/supervision/AlertsTab.cpp" line="20"/>
        <source>Fälle, die nach den Regeln des Teams Aufmerksamkeit brauchen. Das Pseudonym gilt nur für diesen Zeitraum; in der Fallbesprechung findet die Case-Managerin oder der Case-Manager damit den Fall. Ihr Häkchen „besprochen“ und Ihre Notiz bleiben in Ihrer Arbeitsmappe und werden nie gesendet. Leertaste: Häkchen setzen, F2: Notiz schreiben.</source>
        <translation>Cases that need attention according to the team&apos;s rules. The pseudonym applies only to this period; the case manager uses it to find the case in the case review. Your “discussed” tick and your note stay in your workspace and are never sent. Space: set tick, F2: write note.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsTab.cpp" line="72"/>
        <source>&lt;b&gt;Hinweise für %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alerts for %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsTab.cpp" line="83"/>
        <source>&lt;b&gt;Hinweise&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alerts&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsTab.cpp" line="84"/>
        <source>Noch keine Fallzahlenberichte eingelesen.</source>
        <translation>No caseload reports imported yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/AlertsTab.cpp" line="89"/>
        <source>%1 Hinweis(e), davon %2 besprochen.</source>
        <translation>%1 alert(s), %2 of them discussed.</translation>
    </message>
</context>
<context>
    <name>kim::gui::BackgroundJob</name>
    <message>
        <location filename="../../src/gui/common/BackgroundJob.cpp" line="38"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/BackgroundJob.cpp" line="40"/>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseFileWidget</name>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="44"/>
        <source>&amp;Stammdaten</source>
        <translation>&amp;Personal details</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="45"/>
        <source>E&amp;inwilligungen</source>
        <translation>Co&amp;nsents</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="46"/>
        <source>&amp;Fall &amp;&amp; Ziele</source>
        <translation>Case &amp;&amp; &amp;goals</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="47"/>
        <source>Beratungs&amp;kontakte</source>
        <translation>Consul&amp;tations</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="48"/>
        <source>&amp;Wiedervorlagen</source>
        <translation>Follow-&amp;ups</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="49"/>
        <source>&amp;Vermittlungen</source>
        <translation>&amp;Referrals</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="50"/>
        <source>Struktur&amp;probleme</source>
        <translation>Structural pro&amp;blems</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="88"/>
        <source>Bitte links eine Klient*in auswählen
oder mit Strg+N eine neue Klient*in anlegen.</source>
        <translation>Please select a client on the left
or create a new client with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="155"/>
        <source>Neue Klient*in</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="156"/>
        <source>Erst die Stammdaten speichern, dann Einwilligung und Fall erfassen.</source>
        <translation>Save the personal details first, then record consent and case.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="164"/>
        <source>Fall abgeschlossen</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="165"/>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="167"/>
        <source>kein Fall</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseFileWidget.cpp" line="190"/>
        <source>Bitte wählen Sie zuerst eine Klient*in aus oder speichern Sie die neue Klient*in.</source>
        <translation>Please select a client first or save the new client.</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseManagerView</name>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="34"/>
        <source>Klient*innen</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="35"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="36"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="37"/>
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="38"/>
        <source>Rückmeldungen</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="95"/>
        <source>Fällig (%1)</source>
        <translation>Due (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="95"/>
        <source>&amp;Fällig</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="99"/>
        <source>Rückmeldungen (%1)</source>
        <translation>Feedback (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/CaseManagerView.cpp" line="99"/>
        <source>&amp;Rückmeldungen</source>
        <translation>Feedbac&amp;k</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseTab</name>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="32"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="36"/>
        <source>Fall &amp;eröffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="42"/>
        <source>Notiz zum Phasenwechsel (freiwillig)</source>
        <translation>Note on the change of phase (optional)</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="43"/>
        <source>&amp;Phase wechseln</source>
        <translation>&amp;Change phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="45"/>
        <source>Neue P&amp;hase:</source>
        <translation>New p&amp;hase:</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="49"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="49"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="49"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="71"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="74"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="74"/>
        <source>Zieldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="74"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="75"/>
        <source>Ziel &amp;hinzufügen…</source>
        <translation>&amp;Add goal…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="77"/>
        <source>Ziel &amp;bearbeiten…</source>
        <translation>&amp;Edit goal…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="119"/>
        <source>Für diese Klient*in ist noch kein Fall eröffnet.</source>
        <translation>No case has been opened for this client yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="121"/>
        <source>Fall offen seit %1 · aktuelle Phase: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Case open since %1 · current phase: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="124"/>
        <source>Der letzte Fall wurde am %1 abgeschlossen.</source>
        <translation>The last case was closed on %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="180"/>
        <source>Fall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="181"/>
        <source>Soll der Fall abgeschlossen werden? Danach können keine Beratungskontakte und Wiedervorlagen mehr erfasst werden.</source>
        <translation>Close the case? After that, no more consultations or follow-ups can be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/CaseTab.cpp" line="183"/>
        <source>Fall &amp;abschließen</source>
        <translation>C&amp;lose case</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseloadDashboard</name>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="31"/>
        <source>Q%1/%2</source>
        <translation>Q%1/%2</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="40"/>
        <source>Zeitraum: %1.</source>
        <translation>Period: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="93"/>
        <source>Teammitglied</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="108"/>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="140"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="115"/>
        <source>%1 bis %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="125"/>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="177"/>
        <source>Wiedervorlagen überfällig</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="129"/>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="178"/>
        <source>Vermittlungen überfällig</source>
        <translation>Referrals overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="138"/>
        <source>Neue und abgeschlossene Fälle im Team</source>
        <translation>New and closed cases in the team</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="140"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="141"/>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="285"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="141"/>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="286"/>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="162"/>
        <source>die letzten %1 Zeiträume bis %2, Summe der Berichte je Zeitraum</source>
        <translation>the last %1 periods up to %2, sum of the reports per period</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="172"/>
        <source>Hinweise</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="174"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="174"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="175"/>
        <source>Gründe</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="176"/>
        <source>Wochen seit Kontakt</source>
        <translation>Weeks since contact</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="176"/>
        <source>Wochen in der Phase</source>
        <translation>Weeks in the phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="183"/>
        <source>Zeitraum: %1. Fälle, die nach den Regeln des Teams Aufmerksamkeit brauchen (kein Kontakt seit mehr als %2 Tagen, mehr als %3 Tage in einer Phase, überfällige Wiedervorlagen oder Vermittlungen).</source>
        <translation>Period: %1. Cases that need attention according to the team&apos;s rules (no contact for more than %2 days, more than %3 days in one phase, overdue follow-ups or referrals).</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="211"/>
        <source>Merkmal</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="212"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="215"/>
        <source>insgesamt</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="236"/>
        <source>kein Kontakt</source>
        <translation>no contact</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="239"/>
        <source>Wiedervorlage überfällig</source>
        <translation>follow-up overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="242"/>
        <source>lange in einer Phase</source>
        <translation>long in one phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="245"/>
        <source>Vermittlung ohne Antwort</source>
        <translation>referral without response</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="254"/>
        <source>Offene Fälle je Teammitglied</source>
        <translation>Open cases per team member</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="256"/>
        <source>Offene Fälle</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="260"/>
        <source>Verteilung der Fälle nach Falldauer</source>
        <translation>Distribution of cases by case duration</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="265"/>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="293"/>
        <source>Offene Fälle nach Phase</source>
        <translation>Open cases by phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="269"/>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="297"/>
        <source>Kontaktlücken</source>
        <translation>Contact gaps</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="274"/>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="302"/>
        <source>Überfällige Wiedervorlagen und Vermittlungen</source>
        <translation>Overdue follow-ups and referrals</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="285"/>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/CaseloadDashboard.cpp" line="288"/>
        <source>Offene, neue und abgeschlossene Fälle</source>
        <translation>Open, new and closed cases</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseloadExportWizard</name>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="18"/>
        <source>Fallzahlenbericht an die Fachaufsicht</source>
        <translation>Caseload report to the supervisor</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="18"/>
        <source>&amp;Senden</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="23"/>
        <source>Der Bericht wird mit Ihrem Schlüssel signiert und so verschlüsselt, dass nur die gewählten Kontakte ihn öffnen können – meist ist das Ihre Fachaufsicht.</source>
        <translation>The report is signed with your key and encrypted so that only the selected contacts can open it – usually that is your supervisor.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="25"/>
        <source>Es ist noch keine Kontaktkarte hinterlegt. Lesen Sie die Kontaktkarte Ihrer Fachaufsicht ein und vergleichen Sie den Fingerabdruck am Telefon.</source>
        <translation>No contact card has been stored yet. Import your supervisor&apos;s contact card and compare the fingerprint on the phone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="31"/>
        <source>Fallzahlen %1</source>
        <translation>Caseload %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="35"/>
        <source>Die Vorschau fehlt. Bitte gehen Sie einen Schritt zurück.</source>
        <translation>The preview is missing. Please go back one step.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="45"/>
        <source>Bericht gespeichert</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="55"/>
        <source>Der Fallzahlenbericht für %1 ist gespeichert:
%2

Er ist signiert und verschlüsselt; öffnen kann ihn nur %3. Schicken Sie die Datei per E-Mail oder auf einem USB-Stick an Ihre Fachaufsicht.</source>
        <translation>The caseload report for %1 has been saved:
%2

It is signed and encrypted; only %3 can open it. Send the file to your supervisor by email or on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="60"/>
        <source>einen Fall mit Hinweis</source>
        <translation>one case with an alert</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="60"/>
        <source>%1 Fälle mit Hinweis</source>
        <translation>%1 cases with an alert</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="62"/>
        <source>Der Bericht nennt %1, jeden nur mit einem Pseudonym wie „%2“. Spricht Ihre Fachaufsicht Sie in der Fallbesprechung auf ein Pseudonym an, geben Sie es in der Suche ein (Strg+Umschalt+F): Ihre Fallakte zeigt, welcher Fall gemeint ist.</source>
        <translation>The report names %1, each only by a pseudonym such as “%2”. If your supervisor asks you about a pseudonym in the case review, enter it in the search (Ctrl+Shift+F): your case file shows which case is meant.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadExportWizard.cpp" line="67"/>
        <source>Senden Sie denselben Zeitraum später noch einmal, gilt der neue Bericht; der frühere bleibt bei der Fachaufsicht als ersetzt sichtbar.</source>
        <translation>If you send the same period again later, the new report applies; the earlier one remains visible to the supervisor as replaced.</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseloadPeriodPage</name>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="39"/>
        <source> Tagen</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="47"/>
        <source>&amp;Monat</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="48"/>
        <source>&amp;Quartal</source>
        <translation>&amp;Quarter</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="51"/>
        <source>Zeitraum und Regeln des Teams</source>
        <translation>Period and team rules</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="52"/>
        <source>Für welchen Zeitraum melden Sie Ihre Fallzahlen? Üblich ist der letzte abgeschlossene Monat. Ein späterer Bericht für denselben Zeitraum ersetzt den früheren.</source>
        <translation>For which period are you reporting your caseload figures? The usual choice is the last completed month. A later report for the same period replaces the earlier one.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="64"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="72"/>
        <source>Art:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="73"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="89"/>
        <source>Regeln des Teams</source>
        <translation>Team rules</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="100"/>
        <source>Hinweis bei einem offenen Fall ohne Kontakt seit mehr als</source>
        <translation>Alert for an open case with no contact for more than</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="102"/>
        <source>Hinweis bei einem offenen Fall in derselben Phase seit mehr als</source>
        <translation>Alert for an open case in the same phase for more than</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="104"/>
        <source>Kleine Zahlen bei Zielgruppen und Kommunen erscheinen als</source>
        <translation>Small numbers for target groups and municipalities appear as</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="111"/>
        <source>Diese Regeln vereinbaren Sie im Team: Alle im Team nutzen dieselben Werte, damit die Fachaufsicht die Berichte vergleichen kann. Sie werden in dieser Fallakte gespeichert, wenn Sie weitergehen, und reisen mit jedem Bericht mit.</source>
        <translation>You agree these rules within the team: everyone in the team uses the same values so that the supervisor can compare the reports. They are saved in this case file when you continue, and travel with every report.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="164"/>
        <source>%1 – gesendet am %2</source>
        <translation>%1 – sent on %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="175"/>
        <source>Eine Zielgruppe oder Kommune mit genau einem Fall verlässt die Fallakte nur als „gesperrt“.</source>
        <translation>A target group or municipality with exactly one case leaves the case file only as “suppressed”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPeriodPage.cpp" line="177"/>
        <source>Zielgruppen und Kommunen mit 1 bis %1 Fällen verlassen die Fallakte nur als „gesperrt“, damit niemand einzelne Familien wiedererkennt.</source>
        <translation>Target groups and municipalities with 1 to %1 cases leave the case file only as “suppressed”, so that nobody can recognise individual families.</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseloadPreviewPage</name>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPreviewPage.cpp" line="25"/>
        <source>Vorschau: Das verlässt Ihre Fallakte</source>
        <translation>Preview: this is what leaves your case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPreviewPage.cpp" line="26"/>
        <source>Genau diese Angaben gehen an Ihre Fachaufsicht – nichts anderes. Bitte sehen Sie sie durch, bevor Sie weitergehen.</source>
        <translation>Exactly this information goes to your supervisor – nothing else. Please look through it before you continue.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadPreviewPage.cpp" line="42"/>
        <location filename="../../src/gui/caseload/CaseloadPreviewPage.cpp" line="54"/>
        <source>Die Vorschau wird erstellt …</source>
        <translation>Creating the preview …</translation>
    </message>
</context>
<context>
    <name>kim::gui::CaseloadReportPreview</name>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="34"/>
        <source>kein Kontakt seit mehr als %1 Tagen</source>
        <translation>no contact for more than %1 days</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="37"/>
        <source>Wiedervorlage überfällig</source>
        <translation>follow-up overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="40"/>
        <source>seit mehr als %1 Tagen in derselben Phase</source>
        <translation>more than %1 days in the same phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="43"/>
        <source>Vermittlung ohne Antwort überfällig</source>
        <translation>referral without response overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="52"/>
        <source>Zeitraum: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="53"/>
        <source>Definitionen Version %1 · %2. Bericht für diesen Zeitraum</source>
        <translation>Definitions version %1 · report no. %2 for this period</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="58"/>
        <source>Regeln des Teams: Hinweis ohne Kontakt seit mehr als %1 Tagen und in derselben Phase seit mehr als %2 Tagen; bei Zielgruppen und Kommunen gehen Zahlen unter %3 als „gesperrt“ hinaus, und ist es nur eine, wird die nächstkleinere mit gesperrt.</source>
        <translation>Team rules: alert after no contact for more than %1 days and after more than %2 days in the same phase; for target groups and municipalities, numbers below %3 go out as “suppressed”, and if there is only one, the next smallest is suppressed as well.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="69"/>
        <source>Was die Fallakte nicht verlässt</source>
        <translation>What does not leave the case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="70"/>
        <source>Keine Namen, keine Fallcodes, keine Adressen, Telefonnummern oder Geburtsdaten, keine Staatsangehörigkeit und kein Aufenthaltsstatus, keine Notizen und keine anderen Freitexte, keine Daten einzelner Kontakte oder Wiedervorlagen (nur der Zeitraum, bei Hinweisen ganze Wochen), keine Namen von Einrichtungen (nur ihre Art) und keine Uhrzeiten oder Wochentage Ihrer Arbeit.</source>
        <translation>No names, no case codes, no addresses, phone numbers or dates of birth, no nationality and no residence status, no notes or other free text, no dates of individual contacts or follow-ups (only the period, whole weeks for alerts), no names of institutions (only their type) and no times or weekdays of your work.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="102"/>
        <source>Hinweise zu einzelnen Fällen</source>
        <translation>Alerts on individual cases</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="103"/>
        <source>Offene Fälle, die Aufmerksamkeit brauchen. Jeder trägt ein Pseudonym, das nur für diesen Zeitraum gilt; nur Ihre Fallakte kann es einem Fall zuordnen.</source>
        <translation>Open cases that need attention. Each carries a pseudonym that applies only to this period; only your case file can match it to a case.</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="106"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="110"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="110"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="110"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="110"/>
        <source>ohne
Kontakt</source>
        <translation>without
contact</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="110"/>
        <source>in der
Phase</source>
        <translation>in the
phase</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="111"/>
        <source>Wiedervorlagen
überfällig</source>
        <translation>Follow-ups
overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/caseload/CaseloadReportPreview.cpp" line="111"/>
        <source>Vermittlungen
überfällig</source>
        <translation>Referrals
overdue</translation>
    </message>
</context>
<context>
    <name>kim::gui::ChangePasswordDialog</name>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="22"/>
        <source>Mindestens %1 Zeichen.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="23"/>
        <source>Passwort &amp;ändern</source>
        <translation>Change &amp;password</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="24"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="34"/>
        <source>Bitte geben Sie das bisherige Passwort ein.</source>
        <translation>Please enter the current password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="38"/>
        <source>Das neue Passwort ist zu kurz: Es braucht mindestens %1 Zeichen.</source>
        <translation>The new password is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="42"/>
        <source>Die beiden neuen Passwörter stimmen nicht überein.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/ChangePasswordDialog.cpp" line="61"/>
        <source>Das Passwort wird geändert …</source>
        <translation>Changing the password …</translation>
    </message>
</context>
<context>
    <name>kim::gui::ClientEditorWidget</name>
    <message>
        <location filename="../../src/gui/clients/ClientEditorWidget.cpp" line="28"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientEditorWidget.cpp" line="104"/>
        <source>Neue Klient*in – noch nicht gespeichert</source>
        <translation>New client – not saved yet</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientEditorWidget.cpp" line="105"/>
        <source>Fallcode %1 · angelegt am %2</source>
        <translation>Case code %1 · created on %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientEditorWidget.cpp" line="173"/>
        <source>Es gibt keine Klient*in mit dem Fallcode „%1“. Bitte prüfen Sie die Familie.</source>
        <translation>There is no client with the case code “%1”. Please check the family.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ClientListModel</name>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="148"/>
        <source>kein Fall</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="160"/>
        <source>Fallcode</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="162"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="164"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="166"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListModel.cpp" line="168"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>kim::gui::ClientListPanel</name>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="87"/>
        <source>Name oder Fallcode suchen (Strg+F)</source>
        <translation>Search name or case code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="92"/>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="93"/>
        <source>Alle Zielgruppen</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="94"/>
        <source>Alle Phasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="98"/>
        <source>Nach Kommune filtern</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="99"/>
        <source>Nach Zielgruppe filtern</source>
        <translation>Filter by target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="100"/>
        <source>Nach Phase des Falls filtern</source>
        <translation>Filter by phase of the case</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="128"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="129"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="133"/>
        <source>kein Fall</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="159"/>
        <source>1 Klient*in</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../../src/gui/clients/ClientListPanel.cpp" line="159"/>
        <source>%1 Klient*innen</source>
        <translation>%1 clients</translation>
    </message>
</context>
<context>
    <name>kim::gui::CodeLabels</name>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="15"/>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="31"/>
        <source>unbekannt (%1)</source>
        <translation>unknown (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="37"/>
        <source>Teilhabe</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="39"/>
        <source>Wohnen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="41"/>
        <source>Institutionen</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="43"/>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="45"/>
        <source>Arbeit</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="47"/>
        <source>Sprache/Bildung</source>
        <translation>Language/education</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="73"/>
        <source>keine Einrichtung genannt</source>
        <translation>no institution named</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="89"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="92"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="95"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="98"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="101"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="104"/>
        <source>Einrichtungsart</source>
        <translation>Institution type</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="111"/>
        <source>sonstige Probleme im Handlungsfeld</source>
        <translation>other problems in the field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/CodeLabels.cpp" line="113"/>
        <source>nicht im Themenkatalog</source>
        <translation>not in the problem taxonomy</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConferenceItemEditor</name>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="56"/>
        <source>Was die Case-Manager*innen erfahren sollen – ohne Namen und Fallangaben.</source>
        <translation>What the case managers should learn – without names or case details.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="62"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="83"/>
        <source>Pro&amp;blem:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="84"/>
        <source>Aus den Zahlen von:</source>
        <translation>From the figures of:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="85"/>
        <source>Konferenz&amp;datum:</source>
        <translation>Conference &amp;date:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="86"/>
        <source>&amp;Tagesordnungspunkt:</source>
        <translation>A&amp;genda item:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="87"/>
        <source>Besch&amp;luss:</source>
        <translation>Decisio&amp;n:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="88"/>
        <source>&amp;Arbeitsgruppe:</source>
        <translation>&amp;Working group:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="89"/>
        <source>&amp;Maßnahmen:</source>
        <translation>&amp;Measures:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="90"/>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="91"/>
        <source>&amp;Rückmeldung:</source>
        <translation>&amp;Feedback:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="132"/>
        <source>&lt;b&gt;Neuer Punkt der Planungskonferenz&lt;/b&gt;</source>
        <translation>&lt;b&gt;New planning conference item&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="133"/>
        <source>&lt;b&gt;Punkt der Planungskonferenz&lt;/b&gt;</source>
        <translation>&lt;b&gt;Planning conference item&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="145"/>
        <source>Rückmeldung zuletzt gesendet am %1</source>
        <translation>Feedback last sent on %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceItemEditor.cpp" line="147"/>
        <source>Rückmeldung noch nicht gesendet</source>
        <translation>Feedback not yet sent</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConferenceReport</name>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="69"/>
        <source>Strukturelle Probleme nach Häufigkeit</source>
        <translation>Structural problems by frequency</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="71"/>
        <source>Fälle je Problemtyp, absteigend. Seltene Problemtypen sind unter „sonstige“ ihres Handlungsfelds zusammengefasst.</source>
        <translation>Cases per problem type, in descending order. Rare problem types are grouped under “other” in their field of action.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="74"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="75"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="76"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="77"/>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="113"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="78"/>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="114"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="110"/>
        <source>Nach Handlungsfeld</source>
        <translation>By field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="111"/>
        <source>Fälle mit mindestens einem strukturellen Problem im Handlungsfeld.</source>
        <translation>Cases with at least one structural problem in the field of action.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="132"/>
        <source>Verlauf über die veröffentlichten Quartale</source>
        <translation>Trend over the published quarters</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="133"/>
        <source>Fälle je Handlungsfeld und Quartal, jeweils nach der neuesten Revision.</source>
        <translation>Cases per field of action and quarter, each according to the latest revision.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="136"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="177"/>
        <source>Nach Region</source>
        <translation>By region</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="179"/>
        <source>Kleine Kommunen sind zu Regionen zusammengefasst, die für das ganze Jahr gelten.</source>
        <translation>Small municipalities are grouped into regions that apply for the whole year.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="181"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="194"/>
        <source>Nach beteiligter Einrichtungsart</source>
        <translation>By type of institution involved</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="196"/>
        <source>Art der Einrichtung, bei der das Problem auftrat.</source>
        <translation>Type of institution where the problem occurred.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="197"/>
        <source>Einrichtungsart</source>
        <translation>Institution type</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="207"/>
        <source>Nach Zielgruppe</source>
        <translation>By target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="208"/>
        <source>Die vier Hauptzielgruppen des KIM im Kreis Gütersloh.</source>
        <translation>The four main target groups of KIM in the district of Gütersloh.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="210"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="227"/>
        <source>%1 · Revision %2 vom %3</source>
        <translation>%1 · revision %2 dated %3</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReport.cpp" line="234"/>
        <source>Alle Zahlen sind durch das Cell-Key-Verfahren geschützt: Werte weichen um bis zu ±3 ab, 1 und 2 werden nie ausgewiesen; Summen können daher von Einzelwerten abweichen.</source>
        <translation>All figures are protected by the cell-key method: values deviate by up to ±3, and 1 and 2 are never shown; totals may therefore differ from the sum of individual values.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConferenceReportWriter</name>
    <message>
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="38"/>
        <source>keine Fälle</source>
        <translation>no cases</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="17"/>
        <source>Strukturelle Probleme – Bericht zur Planungskonferenz</source>
        <translation>Structural problems – report for the planning conference</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="21"/>
        <source>Koordinierende Stelle: %1</source>
        <translation>Coordinating office: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="24"/>
        <source>Grundlage: %n Meldung(en) der KIM-Case-Managements</source>
        <translation>
            <numerusform>Based on %n report from KIM case management</numerusform>
            <numerusform>Based on %n reports from KIM case management</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="28"/>
        <source>Grund der Revision: %1</source>
        <translation>Reason for the revision: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="31"/>
        <source>Datenschutz:</source>
        <translation>Data protection:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="33"/>
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="36"/>
        <source>Konferenzbericht %1</source>
        <translation>Conference report %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceReportWriter.cpp" line="35"/>
        <source>geschützte Zahlen</source>
        <translation>protected figures</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConferenceTab</name>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="34"/>
        <source>Konferenz</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="34"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="34"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="34"/>
        <source>Tagesordnungspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="34"/>
        <source>Rückmeldung</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="38"/>
        <source>&amp;Neuer Punkt</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="40"/>
        <source>Rückmeldung &amp;senden …</source>
        <translation>&amp;Send feedback …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="42"/>
        <source>Schreibt alle Punkte mit Rückmeldung als ein signiertes, verschlüsseltes Paket für alle vertrauten Case-Manager*innen.</source>
        <translation>Writes all items with feedback as one signed, encrypted package for all trusted case managers.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="99"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="100"/>
        <source>gesendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="101"/>
        <source>noch nicht gesendet</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="175"/>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="198"/>
        <source>Rückmeldung senden</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="176"/>
        <source>Noch kein Punkt hat eine Rückmeldung. Tragen Sie zuerst ein, was die Case-Manager*innen erfahren sollen.</source>
        <translation>No item has any feedback yet. First enter what the case managers should learn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="189"/>
        <source>Alle Rückmeldungen sind bereits gesendet. Sollen die %n Punkt(e) noch einmal als Paket für %1 vertraute Case-Manager*innen gespeichert werden (z. B. für neu hinzugekommene Kontakte)?</source>
        <translation>
            <numerusform>All feedback has already been sent. Save the %n item again as a package for %1 trusted case managers (e.g. for newly added contacts)?</numerusform>
            <numerusform>All feedback has already been sent. Save the %n items again as a package for %1 trusted case managers (e.g. for newly added contacts)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="193"/>
        <source>%n neue oder geänderte Rückmeldung(en) werden als ein signiertes und verschlüsseltes Paket für %1 vertraute Case-Manager*innen gespeichert. Geben Sie die Datei anschließend weiter (z. B. per E-Mail).</source>
        <translation>
            <numerusform>%n new or changed feedback item will be saved as one signed and encrypted package for %1 trusted case managers. Then pass the file on (e.g. by email).</numerusform>
            <numerusform>%n new or changed feedback items will be saved as one signed and encrypted package for %1 trusted case managers. Then pass the file on (e.g. by email).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="198"/>
        <source>Paket speichern …</source>
        <translation>Save package …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="200"/>
        <source>Rückmeldung Planungskonferenz %1.%2</source>
        <translation>Planning conference feedback %1.%2</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="228"/>
        <source>Rückmeldung gespeichert</source>
        <translation>Feedback saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/office/ConferenceTab.cpp" line="229"/>
        <source>Das Paket mit %n Rückmeldung(en) ist gespeichert.</source>
        <translation>
            <numerusform>The package with %n feedback item has been saved.</numerusform>
            <numerusform>The package with %n feedback items has been saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kim::gui::ConsentDialog</name>
    <message>
        <location filename="../../src/gui/casefile/ConsentDialog.cpp" line="24"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentDialog.cpp" line="25"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConsentTab</name>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="26"/>
        <source>Einwilligung &amp;erfassen…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="28"/>
        <source>&amp;Widerrufen…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="17"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="17"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="17"/>
        <source>Formular</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="47"/>
        <source>widerrufen am %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="48"/>
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="48"/>
        <source>noch nicht gültig</source>
        <translation>not yet valid</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="61"/>
        <source>Es liegt eine gültige Einwilligung vor. Fallarbeit ist möglich.</source>
        <translation>Valid consent is on file. Case work is possible.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="62"/>
        <source>Keine gültige Einwilligung. Ohne Einwilligung nach DSGVO dürfen weder ein Fall geführt noch Beratungskontakte erfasst werden.</source>
        <translation>No valid consent. Without consent under the GDPR (DSGVO), neither can a case be managed nor consultations be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="95"/>
        <source>Einwilligung widerrufen</source>
        <translation>Revoke consent</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="96"/>
        <source>Soll die Einwilligung als widerrufen eingetragen werden?

Ein offener Fall wird dann abgeschlossen und offene Wiedervorlagen werden geschlossen.</source>
        <translation>Record the consent as revoked?

An open case will then be closed, and open follow-ups will be closed as well.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsentTab.cpp" line="98"/>
        <source>&amp;Widerrufen</source>
        <translation>Re&amp;voke</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConsultationDialog</name>
    <message>
        <location filename="../../src/gui/casefile/ConsultationDialog.cpp" line="21"/>
        <source>Beratungskontakt erfassen</source>
        <translation>Record consultation</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationDialog.cpp" line="21"/>
        <source>Beratungskontakt bearbeiten</source>
        <translation>Edit consultation</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationDialog.cpp" line="36"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationDialog.cpp" line="37"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::ConsultationsTab</name>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="34"/>
        <source>Beratungskontakt &amp;erfassen…</source>
        <translation>&amp;Record consultation…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="37"/>
        <source>&amp;Bearbeiten…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="36"/>
        <source>Neuen Beratungskontakt erfassen (Strg+B)</source>
        <translation>Record a new consultation (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="21"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="21"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="21"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="21"/>
        <source>Dolmetschung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="21"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="21"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="26"/>
        <source>Notizen des ausgewählten Beratungskontakts</source>
        <translation>Notes of the selected consultation</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="59"/>
        <source>%1 Min.</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="67"/>
        <source>Noch kein Fall eröffnet: Beratungskontakte werden zum Fall erfasst. Bitte zuerst im Reiter „Fall &amp;&amp; Ziele“ einen Fall eröffnen.</source>
        <translation>No case opened yet: consultations are recorded for a case. Please open a case on the “Case &amp;&amp; goals” tab first.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="69"/>
        <source>Der Fall ist abgeschlossen.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/ConsultationsTab.cpp" line="90"/>
        <source>Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter „Fall &amp; Ziele“ einen Fall eröffnen.</source>
        <translation>No case has been opened for this client yet. Please open a case on the “Case &amp; goals” tab first.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ContactCardImportDialog</name>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="23"/>
        <source>Ich habe den &amp;Fingerabdruck telefonisch verglichen. Er stimmt überein.</source>
        <translation>I have compared the &amp;fingerprint by phone. It matches.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="25"/>
        <source>Kontaktkarte prüfen</source>
        <translation>Check contact card</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="31"/>
        <source>Bevor Sie dieser Kontaktkarte vertrauen: Rufen Sie die Person unter einer Ihnen bekannten Nummer an und lassen Sie sich ihren Fingerabdruck vorlesen. Nur wenn alle Zeichen übereinstimmen, stammt die Karte wirklich von ihr.</source>
        <translation>Before you trust this contact card: call the person on a number you know and ask them to read out their fingerprint. Only if every character matches does the card really come from them.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="38"/>
        <source>(nicht angegeben)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="44"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="45"/>
        <source>Rolle:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="46"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="50"/>
        <source>Fingerabdruck:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="54"/>
        <source>&amp;Vertrauen</source>
        <translation>&amp;Trust</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactCardImportDialog.cpp" line="56"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::ContactsDialog</name>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="50"/>
        <source>Kontakte für den Austausch</source>
        <translation>Contacts for exchange</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="55"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="69"/>
        <source>Ihre Kontaktkarte</source>
        <translation>Your contact card</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="75"/>
        <source>Geben Sie Ihre Kontaktkarte an die Stellen weiter, mit denen Sie Pakete austauschen (per E-Mail oder USB-Stick), und lesen Sie Ihren Fingerabdruck am Telefon vor.</source>
        <translation>Pass your contact card on to the offices you exchange packages with (by email or USB stick), and read out your fingerprint on the phone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="80"/>
        <source>Eigenes &amp;Profil…</source>
        <translation>Own &amp;profile…</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="81"/>
        <source>Eigene Kontaktkarte &amp;speichern…</source>
        <translation>&amp;Save own contact card…</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="101"/>
        <source>Vertrauenswürdige Kontakte</source>
        <translation>Trusted contacts</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="104"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="104"/>
        <source>Rolle, Organisation</source>
        <translation>Role, organisation</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="104"/>
        <source>Fingerabdruck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="104"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="111"/>
        <source>Kontaktkarte &amp;einlesen…</source>
        <translation>&amp;Import contact card…</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="112"/>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="211"/>
        <source>&amp;Zurückziehen</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="115"/>
        <source>Diesem Kontakt nicht mehr vertrauen: keine Pakete mehr von ihm annehmen oder an ihn schicken</source>
        <translation>Stop trusting this contact: no longer accept packages from them or send packages to them</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="132"/>
        <source>(noch kein Name eingetragen)</source>
        <translation>(no name entered yet)</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="141"/>
        <source>Schlüssel-ID: %1</source>
        <translation>Key ID: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="152"/>
        <source>zurückgezogen am %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="153"/>
        <source>vertraut seit %1</source>
        <translation>trusted since %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="182"/>
        <source>Das ist die Kontaktkarte dieser Arbeitsmappe selbst. Bitte lesen Sie die Karte der anderen Stelle ein.</source>
        <translation>This is the contact card of this workspace itself. Please import the card of the other office.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="206"/>
        <source>Kontakt zurückziehen</source>
        <translation>Revoke contact</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="207"/>
        <source>Diesem Kontakt nicht mehr vertrauen?

Pakete von „%1“ werden danach abgewiesen, und Sie können keine Pakete mehr an „%1“ schicken. Der Kontakt bleibt zur Nachvollziehbarkeit in der Liste.</source>
        <translation>Stop trusting this contact?

Packages from “%1” will then be rejected, and you can no longer send packages to “%1”. The contact remains in the list for traceability.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="221"/>
        <source>Bitte tragen Sie zuerst unter „Eigenes Profil“ Ihren Namen ein: Er steht auf der Kontaktkarte.</source>
        <translation>Please first enter your name under “Own profile”: it appears on the contact card.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="231"/>
        <source>Kontaktkarte gespeichert</source>
        <translation>Contact card saved</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ContactsDialog.cpp" line="232"/>
        <source>Ihre Kontaktkarte wurde als „%1“ gespeichert.

Fingerabdruck zum Vorlesen am Telefon:
%2</source>
        <translation>Your contact card has been saved as “%1”.

Fingerprint to read out on the phone:
%2</translation>
    </message>
</context>
<context>
    <name>kim::gui::CreateWorkspaceDialog</name>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="66"/>
        <source>Demo-Arbeitsmappe anlegen</source>
        <translation>Create demo workspace</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="117"/>
        <source>Die Demo-Fachaufsicht enthält die Fallzahlenberichte eines erfundenen Teams von %1 Case-Manager*innen über %2 Monate – so sehen Sie sofort volle Übersichten. Die Berichte entstehen aus erfundenen Fallakten, genau wie echte. Auch diese Arbeitsmappe ist verschlüsselt und braucht ein Passwort.</source>
        <translation>The demo supervisor contains the caseload reports of a fictitious team of %1 case managers over %2 months – so you see full overviews straight away. The reports are generated from fictitious case files, just like real ones. This workspace is encrypted too and needs a password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="124"/>
        <source>Die Demo-Arbeitsmappe enthält %1 erfundene Klient*innen mit Fällen, Beratungskontakten und Wiedervorlagen – zum Ausprobieren und Üben. Auch sie ist verschlüsselt und braucht ein Passwort.</source>
        <translation>The demo workspace contains %1 fictitious clients with cases, consultations and follow-ups – for trying things out and practising. It is encrypted too and needs a password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="100"/>
        <source>Demo-Fallakte</source>
        <translation>Demo case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="98"/>
        <source>Fallakte</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="68"/>
        <source>Fallakte (Case-Management)</source>
        <translation>Case file (case management)</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="70"/>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="105"/>
        <source>Koordinierende Stelle</source>
        <translation>Coordinating office</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="73"/>
        <source>Fachaufsicht (Teamleitung)</source>
        <translation>Supervisor (team lead)</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="78"/>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="79"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="102"/>
        <source>Demo-Fachaufsicht</source>
        <translation>Demo supervisor</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="107"/>
        <source>Fachaufsicht</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="131"/>
        <source>Für die Fachaufsicht oder Teamleitung: liest die Fallzahlenberichte der Teammitglieder ein und zeigt Übersichten für das Team und für jede Person. Enthält keine Klient*innen, keine Namen und keine Notizen aus den Fällen. Die Art lässt sich später nicht ändern.</source>
        <translation>For the supervisor or team lead: imports the team members&apos; caseload reports and shows overviews for the team and for each person. Contains no clients, no names and no notes from the cases. The type cannot be changed later.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="137"/>
        <source>Für die Koordinierende Stelle: liest die Quartalsmeldungen der Case-Manager*innen ein, führt sie zusammen und bereitet die Planungskonferenz vor. Enthält keine Klient*innen. Die Art lässt sich später nicht ändern.</source>
        <translation>For the coordinating office: imports the case managers&apos; quarterly reports, merges them and prepares the planning conference. Contains no clients. The type cannot be changed later.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="140"/>
        <source>Für die Arbeit mit Klient*innen: Fallakten, Beratungskontakte, Vermittlungen und Strukturprobleme. Die Art lässt sich später nicht ändern.</source>
        <translation>For working with clients: case files, consultations, referrals and structural problems. The type cannot be changed later.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="164"/>
        <source>Bitte wählen Sie einen Speicherort für die Arbeitsmappe.</source>
        <translation>Please choose a location for the workspace.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="167"/>
        <source>Diese Datei gibt es schon. Bitte wählen Sie einen anderen Namen.</source>
        <translation>This file already exists. Please choose a different name.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="170"/>
        <source>Den Ordner für die Arbeitsmappe gibt es nicht.</source>
        <translation>The folder for the workspace does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="174"/>
        <source>Das Passwort ist zu kurz: Es braucht mindestens %1 Zeichen.</source>
        <translation>The password is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="177"/>
        <source>Die beiden Passwörter stimmen nicht überein.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="193"/>
        <source>Die Demo-Arbeitsmappe wird angelegt und mit erfundenen Fällen gefüllt …</source>
        <translation>Creating the demo workspace and filling it with fictitious cases …</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/CreateWorkspaceDialog.cpp" line="194"/>
        <source>Die Arbeitsmappe wird angelegt …</source>
        <translation>Creating the workspace …</translation>
    </message>
</context>
<context>
    <name>kim::gui::DashboardExport</name>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="17"/>
        <source>Die Zahlen stammen aus den Fallzahlenberichten der Teammitglieder. Sie enthalten keine Namen, keine Fallcodes und keine Notizen; Hinweise tragen ein Pseudonym, das nur im jeweiligen Zeitraum gilt.</source>
        <translation>The figures come from the team members&apos; caseload reports. They contain no names, no case codes and no notes; alerts carry a pseudonym that applies only in the respective period.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="23"/>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="23"/>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="24"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="24"/>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="24"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="50"/>
        <source>Datenschutz:</source>
        <translation>Data protection:</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="54"/>
        <source>keine Angaben</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="60"/>
        <source>Als PDF speichern</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="61"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="63"/>
        <source>Die PDF-Datei konnte nicht geschrieben werden.</source>
        <translation>The PDF file could not be written.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="69"/>
        <source>Als CSV speichern</source>
        <translation>Save as CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="70"/>
        <source>CSV-Dateien für Tabellenkalkulation (*.csv)</source>
        <translation>CSV files for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/DashboardExport.cpp" line="72"/>
        <source>Die CSV-Datei konnte nicht geschrieben werden.</source>
        <translation>The CSV file could not be written.</translation>
    </message>
</context>
<context>
    <name>kim::gui::DisclosureParametersWidget</name>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="31"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="31"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="53"/>
        <source>Problemtypen mit weniger als diesen Fällen im Quartal (kreisweit) werden unter „sonstige“ ihres Handlungsfelds zusammengefasst:</source>
        <translation>Problem types with fewer than this many cases in the quarter (district-wide) are grouped under “other” in their field of action:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="58"/>
        <source>Parameter &amp;speichern</source>
        <translation>&amp;Save parameters</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="60"/>
        <source>Standard einsetzen</source>
        <translation>Use defaults</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="86"/>
        <source>eigenständig</source>
        <translation>stand-alone</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="95"/>
        <source>&lt;b&gt;Geheimhaltung %1&lt;/b&gt;: Regionen für Kommunen unter 20.000 Einwohner*innen</source>
        <translation>&lt;b&gt;Disclosure control %1&lt;/b&gt;: regions for municipalities with fewer than 20,000 inhabitants</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="113"/>
        <source>Für %1 ist bereits ein Quartal veröffentlicht. Regionen und Schwelle sind deshalb für das ganze Jahr festgelegt.</source>
        <translation>A quarter has already been published for %1. Regions and threshold are therefore fixed for the whole year.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/DisclosureParametersWidget.cpp" line="116"/>
        <source>Die Parameter gelten für alle Quartale des Jahres und werden mit der ersten Veröffentlichung festgelegt.</source>
        <translation>The parameters apply to all quarters of the year and are fixed with the first publication.</translation>
    </message>
</context>
<context>
    <name>kim::gui::DueFollowUpsModel</name>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsModel.cpp" line="38"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/overview/DueFollowUpsModel.cpp" line="67"/>
        <source>überfällig seit %n Tag(en)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsModel.cpp" line="81"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsModel.cpp" line="83"/>
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsModel.cpp" line="85"/>
        <source>Fallcode</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsModel.cpp" line="87"/>
        <source>Was ist zu tun?</source>
        <translation>What needs to be done?</translation>
    </message>
</context>
<context>
    <name>kim::gui::DueFollowUpsPanel</name>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="66"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="78"/>
        <source>Heute ist nichts fällig.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/DueFollowUpsPanel.cpp" line="80"/>
        <source>%1 Wiedervorlagen fällig, davon %2 überfällig (rot). Mit Eingabetaste oder Doppelklick öffnen Sie die Fallakte.</source>
        <translation>%1 follow-ups due, %2 of them overdue (red). Press Enter or double-click to open the case file.</translation>
    </message>
</context>
<context>
    <name>kim::gui::EvaluationTab</name>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="54"/>
        <source>&amp;Quartal:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="57"/>
        <source>&amp;Veröffentlichen …</source>
        <translation>&amp;Publish …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="88"/>
        <source>Problemkombinationen je Handlungsfeld</source>
        <translation>Problem combinations per field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="89"/>
        <source>Handlungsfeld × Kommune</source>
        <translation>Field of action × municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="90"/>
        <source>Handlungsfeld × Zielgruppe</source>
        <translation>Field of action × target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="91"/>
        <source>Handlungsfeld × Einrichtungsart</source>
        <translation>Field of action × institution type</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="94"/>
        <source>vertraulich: exakte Zahlen, nur für die Koordinierende Stelle</source>
        <translation>confidential: exact figures, for the coordinating office only</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="98"/>
        <source>Zusammengeführte Tabelle</source>
        <translation>Merged table</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="110"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="110"/>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="299"/>
        <source>Veröffentlicht</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="110"/>
        <source>Meldungen</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="110"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="113"/>
        <source>Veröffentlichung</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="117"/>
        <source>&lt;b&gt;Revisionen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revisions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="147"/>
        <source>Noch keine Meldungen eingegangen.</source>
        <translation>No reports received yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="160"/>
        <source>%n gültige Meldung(en) in diesem Quartal</source>
        <translation>
            <numerusform>%n valid report in this quarter</numerusform>
            <numerusform>%n valid reports in this quarter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="177"/>
        <source>Anzahl (exakt)</source>
        <translation>Count (exact)</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="199"/>
        <source>erste Veröffentlichung</source>
        <translation>first publication</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="208"/>
        <source>Dieses Quartal ist noch nicht veröffentlicht.</source>
        <translation>This quarter has not been published yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="209"/>
        <source>Veröffentlicht als Revision %1. Neue Zahlen werden nur mit Begründung als weitere Revision veröffentlicht.</source>
        <translation>Published as revision %1. New figures are only published with a reason, as a further revision.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="230"/>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="231"/>
        <source>Die Parameter für %1 sind gespeichert.</source>
        <translation>The parameters for %1 have been saved.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="258"/>
        <source>Unverändert</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="259"/>
        <source>Seit der Veröffentlichung sind keine neuen Meldungen eingegangen. Die veröffentlichten Zahlen (Revision %1) gelten weiter.</source>
        <translation>No new reports have been received since publication. The published figures (revision %1) remain valid.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="267"/>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="273"/>
        <source>Veröffentlichen</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="268"/>
        <source>Die Zahlen des %1 werden durch das Cell-Key-Verfahren geschützt und veröffentlicht. Danach ist das Quartal eingefroren, und die Regionen und die Schwelle für „sonstige“ sind für %2 festgelegt.</source>
        <translation>The figures for %1 will be protected by the cell-key method and published. After that the quarter is frozen, and the regions and the threshold for “other” are fixed for %2.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/EvaluationTab.cpp" line="300"/>
        <source>Das %1 ist als Revision %2 veröffentlicht. Der Konferenzbericht zeigt die geschützten Zahlen.</source>
        <translation>%1 has been published as revision %2. The conference report shows the protected figures.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ExchangeFiles</name>
    <message>
        <location filename="../../src/gui/contacts/ExchangeFiles.cpp" line="19"/>
        <source>Die Datei „%1“ kann nicht gelesen werden.</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ExchangeFiles.cpp" line="24"/>
        <source>Die Datei „%1“ ist zu groß für diese Art von Datei.</source>
        <translation>The file “%1” is too large for this type of file.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ExchangeFiles.cpp" line="36"/>
        <source>In den Ordner „%1“ kann nicht geschrieben werden.</source>
        <translation>The folder “%1” is not writable.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/ExchangeFiles.cpp" line="43"/>
        <source>Die Datei „%1“ konnte nicht gespeichert werden (Datenträger voll oder nicht beschreibbar).</source>
        <translation>The file “%1” could not be saved (disk full or not writable).</translation>
    </message>
</context>
<context>
    <name>kim::gui::ExportPreviewPage</name>
    <message>
        <location filename="../../src/gui/problems/ExportPreviewPage.cpp" line="28"/>
        <source>&amp;Prüfsummen anzeigen</source>
        <translation>Show &amp;checksums</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportPreviewPage.cpp" line="30"/>
        <source>Vorschau: Das verlässt Ihre Fallakte</source>
        <translation>Preview: this leaves your case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportPreviewPage.cpp" line="31"/>
        <source>Genau diese Angaben gehen an die Koordinierende Stelle – nichts anderes. Bitte sehen Sie sie durch, bevor Sie weitergehen.</source>
        <translation>Exactly this information goes to the coordinating office – nothing else. Please look through it before you continue.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportPreviewPage.cpp" line="38"/>
        <source>Zu jeder Zahl gehört eine Prüfsumme: die Summe geheimer Zufallszahlen der gezählten Fälle. Sie verrät nichts über die Personen. Mit ihr kann die Koordinierende Stelle die Meldungen aller Case-Manager*innen genau zusammenführen und jede veröffentlichte Zahl immer gleich schützen.</source>
        <translation>Each figure comes with a checksum: the sum of secret random numbers of the cases counted. It reveals nothing about the people. With it, the coordinating office can merge the reports of all case managers exactly and always protect each published figure in the same way.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportPreviewPage.cpp" line="56"/>
        <location filename="../../src/gui/problems/ExportPreviewPage.cpp" line="72"/>
        <source>Die Vorschau wird erstellt …</source>
        <translation>Building the preview …</translation>
    </message>
</context>
<context>
    <name>kim::gui::ExportQuarterPage</name>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="46"/>
        <source>Quartal wählen</source>
        <translation>Select quarter</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="47"/>
        <source>Für welches Quartal möchten Sie die Strukturprobleme melden? Gemeldet wird je Quartal; eine spätere Meldung für dasselbe Quartal ersetzt die frühere.</source>
        <translation>For which quarter would you like to report structural problems? Reports are made per quarter; a later report for the same quarter replaces the earlier one.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="50"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="50"/>
        <source>Fälle je Handlungsfeld</source>
        <translation>Cases per field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="50"/>
        <source>Zuletzt gemeldet</source>
        <translation>Last reported</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="52"/>
        <source>Fälle (Familien einmal) mit mindestens einem Strukturproblem, je Handlungsfeld gezählt und zusammengezählt</source>
        <translation>Cases (families once) with at least one structural problem, counted per field of action and in total</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="89"/>
        <source>Die Quartale werden ausgewertet …</source>
        <translation>Evaluating the quarters …</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="110"/>
        <source>%1 (läuft noch)</source>
        <translation>%1 (ongoing)</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="112"/>
        <source>keine Strukturprobleme</source>
        <translation>no structural problems</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ExportQuarterPage.cpp" line="115"/>
        <source>noch nicht</source>
        <translation>not yet</translation>
    </message>
</context>
<context>
    <name>kim::gui::FeedbackPanel</name>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="42"/>
        <source>Hier erscheint, was die Planungskonferenz zu den gemeldeten Strukturproblemen beschlossen hat. Die Koordinierende Stelle schickt es als Paket; lesen Sie es mit „Austausch → Paket einlesen…“ ein.</source>
        <translation>This shows what the planning conference decided about the reported structural problems. The coordinating office sends it as a package; import it with “Exchange → Import package…”.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="45"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="45"/>
        <source>Konferenz</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="51"/>
        <source>Wählen Sie oben eine Rückmeldung aus, um sie zu lesen.</source>
        <translation>Select feedback above to read it.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="131"/>
        <source>Gemeldet für</source>
        <translation>Reported for</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="132"/>
        <source>Planungskonferenz</source>
        <translation>Planning conference</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="133"/>
        <source>Tagesordnungspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="134"/>
        <source>Beschluss</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="135"/>
        <source>Zuständige Arbeitsgruppe</source>
        <translation>Responsible working group</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="136"/>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="137"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="138"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="139"/>
        <source>Eingegangen am</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/FeedbackPanel.cpp" line="153"/>
        <source>Rückmeldung an die Case-Manager*innen</source>
        <translation>Feedback to the case managers</translation>
    </message>
</context>
<context>
    <name>kim::gui::FileDialogs</name>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="87"/>
        <source>Kontaktkarten (*.%1);;Alle Dateien (*)</source>
        <translation>Contact cards (*.%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="91"/>
        <source>KIM-Pakete (*.%1);;Alle Dateien (*)</source>
        <translation>KIM packages (*.%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="106"/>
        <source>Kontaktkarte einlesen</source>
        <translation>Import contact card</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="110"/>
        <source>Eigene Kontaktkarte speichern</source>
        <translation>Save own contact card</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="119"/>
        <source>Pakete einlesen</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="127"/>
        <source>Paket speichern unter</source>
        <translation>Save package as</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="135"/>
        <source>Ordner mit Paketen einlesen</source>
        <translation>Import folder with packages</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="83"/>
        <source>KIM-Arbeitsmappen (*.%1);;Alle Dateien (*)</source>
        <translation>KIM workspaces (*.%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="97"/>
        <source>Arbeitsmappe öffnen</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/FileDialogs.cpp" line="101"/>
        <source>Neue Arbeitsmappe speichern unter</source>
        <translation>Save new workspace as</translation>
    </message>
</context>
<context>
    <name>kim::gui::FollowUpDialog</name>
    <message>
        <location filename="../../src/gui/casefile/FollowUpDialog.cpp" line="19"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpDialog.cpp" line="20"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::FollowUpsTab</name>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="19"/>
        <source>Er&amp;ledigte anzeigen</source>
        <translation>Show &amp;completed</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="22"/>
        <source>Wiedervorlage &amp;anlegen…</source>
        <translation>&amp;New follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="24"/>
        <source>Als &amp;erledigt markieren</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="17"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="17"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="17"/>
        <source>Was ist zu tun?</source>
        <translation>What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="48"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="50"/>
        <source>erledigt am %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="52"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="54"/>
        <source>heute fällig</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="68"/>
        <source>Noch kein Fall eröffnet: Wiedervorlagen gehören zum Fall.</source>
        <translation>No case opened yet: follow-ups belong to a case.</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/FollowUpsTab.cpp" line="81"/>
        <source>Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter „Fall &amp; Ziele“ einen Fall eröffnen.</source>
        <translation>No case has been opened for this client yet. Please open a case on the “Case &amp; goals” tab first.</translation>
    </message>
</context>
<context>
    <name>kim::gui::GoalDialog</name>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="25"/>
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="25"/>
        <source>Ziel bearbeiten</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="32"/>
        <source>kein Zieldatum</source>
        <translation>no target date</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="37"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/casefile/GoalDialog.cpp" line="38"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::InstitutionDirectoryDialog</name>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="24"/>
        <source>Einrichtungen</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="26"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="26"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="26"/>
        <source>Zuständig für</source>
        <translation>Responsible for</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="34"/>
        <source>&amp;archivierte anzeigen</source>
        <translation>Show &amp;archived</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="36"/>
        <source>&amp;Neue Einrichtung</source>
        <translation>&amp;New institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="37"/>
        <source>Ä&amp;nderungen speichern</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="38"/>
        <source>Ent&amp;fernen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="39"/>
        <source>Einrichtungen mit Vermittlungen werden archiviert, nicht gelöscht.</source>
        <translation>Institutions with referrals are archived, not deleted.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="41"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="82"/>
        <source>%1 (archiviert)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="88"/>
        <source>kreisweit</source>
        <translation>district-wide</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionDirectoryDialog.cpp" line="134"/>
        <source>Die Einrichtung hat Vermittlungen und wurde deshalb archiviert.</source>
        <translation>The institution has referrals and has therefore been archived.</translation>
    </message>
</context>
<context>
    <name>kim::gui::InstitutionEditor</name>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="22"/>
        <source>kreisweit</source>
        <translation>district-wide</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="25"/>
        <source>Straße Nr., PLZ Ort</source>
        <translation>Street no., postcode, town</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="29"/>
        <source>z. B. Arabisch, Ukrainisch</source>
        <translation>e.g. Arabic, Ukrainian</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="33"/>
        <source>archi&amp;viert (für neue Vermittlungen ausgeblendet)</source>
        <translation>archi&amp;ved (hidden for new referrals)</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="37"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="38"/>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="39"/>
        <source>&amp;Rechtskreis:</source>
        <translation>&amp;Legal domain:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="40"/>
        <source>&amp;Zuständig für:</source>
        <translation>Res&amp;ponsible for:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="41"/>
        <source>Ansprech&amp;person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="42"/>
        <source>Ans&amp;chrift:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="43"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="44"/>
        <source>&amp;E-Mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="45"/>
        <source>&amp;Sprachen:</source>
        <translation>Lan&amp;guages:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/InstitutionEditor.cpp" line="46"/>
        <source>N&amp;otizen:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>kim::gui::IntakeTab</name>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="43"/>
        <source>Absender*in</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="21"/>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="43"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="43"/>
        <source>Erstellt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="43"/>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="43"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="18"/>
        <source>&amp;Pakete einlesen …</source>
        <translation>Import &amp;packages …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="19"/>
        <source>oder Dateien und Ordner mit Paketen (*.kimpkg, *.age) hierher ziehen</source>
        <translation>or drag files and folders with packages (*.kimpkg, *.age) here</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="20"/>
        <source>Keine Pakete gefunden (gesucht wurde nach *.kimpkg und *.age).</source>
        <translation>No packages found (searched for *.kimpkg and *.age).</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="22"/>
        <source>Ersetzt frühere Meldung</source>
        <translation>Replaces earlier report</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="23"/>
        <source>%1 angenommen, %2 als Korrektur ersetzt, %3 abgelehnt.</source>
        <translation>%1 accepted, %2 replaced as corrections, %3 rejected.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="24"/>
        <source>Eingegangene Meldungen</source>
        <translation>Submissions received</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="65"/>
        <source>durch neuere Meldung ersetzt</source>
        <translation>replaced by a newer report</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="65"/>
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/IntakeTab.cpp" line="68"/>
        <source>Schlüssel-ID der Absender*in: %1</source>
        <translation>Sender&apos;s key ID: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/office/IntakeTab.cpp" line="73"/>
        <source>%n gültige Meldung(en)</source>
        <translation>
            <numerusform>%n valid report</numerusform>
            <numerusform>%n valid reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kim::gui::LegalDomainPeriodDialog</name>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="28"/>
        <source>Rechtskreis hinzufügen</source>
        <translation>Add legal domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="28"/>
        <source>Rechtskreis bearbeiten</source>
        <translation>Edit legal domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="33"/>
        <source>&amp;beendet am</source>
        <translation>&amp;ended on</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="42"/>
        <source>&amp;Rechtskreis:</source>
        <translation>&amp;Legal domain:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="43"/>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="45"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="47"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainPeriodDialog.cpp" line="48"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::LegalDomainTimeline</name>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="23"/>
        <source>&lt;b&gt;Rechtskreise&lt;/b&gt; – unter welchem Rechtskreis die Unterstützung wann lief</source>
        <translation>&lt;b&gt;Legal domains&lt;/b&gt; – which legal domain the support fell under, and when</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="26"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="26"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="26"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="26"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="33"/>
        <source>Rechtskreis &amp;hinzufügen…</source>
        <translation>&amp;Add legal domain…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="34"/>
        <source>Zeitraum bearbei&amp;ten…</source>
        <translation>Edi&amp;t period…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="35"/>
        <source>Zeitraum entfernen</source>
        <translation>Remove period</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/LegalDomainTimeline.cpp" line="69"/>
        <source>laufend</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>kim::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="46"/>
        <location filename="../../src/gui/MainWindow.cpp" line="308"/>
        <source>KIM Fallakte</source>
        <translation>KIM Fallakte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="101"/>
        <source>&amp;Neue Arbeitsmappe…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="102"/>
        <source>Arbeitsmappe ö&amp;ffnen…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="103"/>
        <source>&amp;Demo-Arbeitsmappe anlegen…</source>
        <translation>Create &amp;demo workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="104"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="105"/>
        <source>&amp;Passwort ändern…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="106"/>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="107"/>
        <source>&amp;Beenden</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="109"/>
        <source>&amp;Neue Klient*in</source>
        <translation>&amp;New client</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="110"/>
        <source>&amp;Beratungskontakt erfassen…</source>
        <translation>Record &amp;consultation…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="112"/>
        <source>&amp;Wiedervorlage anlegen…</source>
        <translation>Create &amp;follow-up…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="115"/>
        <source>Klient*innen &amp;filtern</source>
        <translation>&amp;Filter clients</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="117"/>
        <source>F&amp;ällige Wiedervorlagen</source>
        <translation>&amp;Due follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="119"/>
        <source>&amp;Volltextsuche</source>
        <translation>Full-text &amp;search</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="120"/>
        <source>Ü&amp;ber KIM Fallakte</source>
        <translation>&amp;About KIM Fallakte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="121"/>
        <source>&amp;Einrichtungen…</source>
        <translation>&amp;Institutions…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="122"/>
        <source>&amp;Kontakte…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="123"/>
        <source>Strukturprobleme &amp;exportieren…</source>
        <translation>&amp;Export structural problems…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="124"/>
        <source>Problemtyp &amp;vorschlagen…</source>
        <translation>&amp;Propose problem type…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="125"/>
        <source>&amp;Fallzahlenbericht senden…</source>
        <translation>Send caseload &amp;report…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="127"/>
        <source>Paket &amp;einlesen…</source>
        <translation>&amp;Import package…</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="139"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="147"/>
        <source>&amp;Klient*in</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="151"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="153"/>
        <source>A&amp;ustausch</source>
        <translation>&amp;Exchange</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="159"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="164"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="181"/>
        <source>Die Arbeitsmappe „%1“ wurde nicht gefunden.</source>
        <translation>The workspace “%1” was not found.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="243"/>
        <source>Fallakte</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="274"/>
        <source>Die Prüfung der Datenseiten konnte nicht abgeschlossen werden; sie läuft beim nächsten Entsperren wieder.</source>
        <translation>The check of the data pages could not be completed; it runs again at the next unlock.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="279"/>
        <source>Beim Prüfen der Arbeitsmappe wurden beschädigte Datenseiten gefunden: Die Datei wurde auf dem Datenträger verändert. Einträge auf diesen Seiten lassen sich nicht mehr lesen. Was Sie eingeben, wird weiter gespeichert. Bitte wenden Sie sich bald an Ihre IT-Betreuung: Sie kann die Arbeitsmappe aus einer Sicherung wiederherstellen.</source>
        <translation>Checking the workspace found damaged data pages: the file was changed on the disk. Entries on these pages can no longer be read. What you enter is still saved. Please contact your IT support soon: they can restore the workspace from a backup.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="241"/>
        <source>Koordinierende Stelle</source>
        <translation>Coordinating office</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="245"/>
        <source>Fachaufsicht</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="248"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="249"/>
        <source>Arbeitsmappe: %1 (%2)</source>
        <translation>Workspace: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="271"/>
        <source>Alle Datenseiten der Arbeitsmappe sind geprüft und in Ordnung.</source>
        <translation>Every data page of the workspace has been checked and is intact.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="309"/>
        <source>Keine Arbeitsmappe geöffnet</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="335"/>
        <source>1 Klient*in</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="335"/>
        <source>%1 Klient*innen</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="351"/>
        <source>Passwort geändert</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="352"/>
        <source>Das Passwort wurde geändert. Ab jetzt öffnen Sie die Arbeitsmappe mit dem neuen Passwort.</source>
        <translation>The password has been changed. From now on, open the workspace with the new password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="409"/>
        <source>Vorschlag gespeichert</source>
        <translation>Proposal saved</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="410"/>
        <source>Ihr Vorschlag geht mit der nächsten Quartalsmeldung an die Koordinierende Stelle. Sie sehen ihn in der Vorschau des Exports.</source>
        <translation>Your proposal will go to the coordinating office with the next quarterly report. You can see it in the export preview.</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="432"/>
        <source>Über KIM Fallakte</source>
        <translation>About KIM Fallakte</translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="433"/>
        <source>KIM Fallakte %1

Fallakte für das Kommunale Integrationsmanagement (KIM) im Kreis Gütersloh. Alle Daten liegen verschlüsselt auf diesem Rechner.</source>
        <translation>KIM Fallakte %1

Case file for Municipal Integration Management (Kommunales Integrationsmanagement, KIM) in the district of Gütersloh. All data is stored encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>kim::gui::MemberTab</name>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="22"/>
        <source>&amp;Teammitglied:</source>
        <translation>&amp;Team member:</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="26"/>
        <source>Monate</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="27"/>
        <source>Quartale</source>
        <translation>Quarters</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="28"/>
        <source>&amp;Zeiträume:</source>
        <translation>&amp;Periods:</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="30"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="32"/>
        <source>Als &amp;CSV speichern …</source>
        <translation>Save as &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="80"/>
        <source>Noch keine Fallzahlenberichte eingelesen.</source>
        <translation>No caseload reports imported yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="87"/>
        <source>Von diesem Teammitglied liegen keine Monatsberichte vor.</source>
        <translation>There are no monthly reports from this team member.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="88"/>
        <source>Von diesem Teammitglied liegen keine Quartalsberichte vor.</source>
        <translation>There are no quarterly reports from this team member.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/MemberTab.cpp" line="92"/>
        <source>Fallzahlen von %1</source>
        <translation>Caseload figures for %1</translation>
    </message>
</context>
<context>
    <name>kim::gui::Messages</name>
    <message>
        <location filename="../../src/gui/common/Messages.cpp" line="26"/>
        <source>Das hat nicht geklappt</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Messages.cpp" line="55"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/common/Messages.cpp" line="100"/>
        <source>Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es noch einmal.</source>
        <translation>An unexpected error has occurred. Please try again.</translation>
    </message>
</context>
<context>
    <name>kim::gui::OfficeView</name>
    <message>
        <location filename="../../src/gui/office/OfficeView.cpp" line="33"/>
        <source>&amp;Eingang</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/OfficeView.cpp" line="34"/>
        <source>A&amp;uswertung</source>
        <translation>E&amp;valuation</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/OfficeView.cpp" line="35"/>
        <source>&amp;Konferenzbericht</source>
        <translation>&amp;Conference report</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/OfficeView.cpp" line="36"/>
        <source>&amp;Planungskonferenz</source>
        <translation>&amp;Planning conference</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/OfficeView.cpp" line="37"/>
        <source>&amp;Themenkatalog</source>
        <translation>Problem &amp;taxonomy</translation>
    </message>
</context>
<context>
    <name>kim::gui::OpenReferralsModel</name>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="52"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="60"/>
        <source>%1 – überfällig</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="82"/>
        <source>Rückmeldung bis</source>
        <translation>Response by</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="84"/>
        <source>Einrichtung</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="86"/>
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="88"/>
        <source>Fallcode</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsModel.cpp" line="92"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>kim::gui::OpenReferralsPanel</name>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsPanel.cpp" line="38"/>
        <source>&amp;nur überfällige</source>
        <translation>Over&amp;due only</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/OpenReferralsPanel.cpp" line="40"/>
        <source>&lt;b&gt;&amp;Offene Vermittlungen&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Open referrals&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/referrals/OpenReferralsPanel.cpp" line="85"/>
        <source>%n überfällige Vermittlung(en)</source>
        <translation>
            <numerusform>%n overdue referral</numerusform>
            <numerusform>%n overdue referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/referrals/OpenReferralsPanel.cpp" line="86"/>
        <source>%n offene Vermittlung(en), davon %1 überfällig</source>
        <translation>
            <numerusform>%n open referral (%1 overdue)</numerusform>
            <numerusform>%n open referrals (%1 overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kim::gui::OverviewTab</name>
    <message>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="20"/>
        <source>Seit Ihrem letzten Besuch</source>
        <translation>Since your last visit</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="31"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="33"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="35"/>
        <source>Als &amp;CSV speichern …</source>
        <translation>Save as &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="92"/>
        <source>Noch keine Fallzahlenberichte eingelesen. Im Reiter „Eingang“ lesen Sie die Berichte Ihres Teams ein.</source>
        <translation>No caseload reports imported yet. Import your team&apos;s reports on the “Inbox” tab.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="101"/>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="108"/>
        <source>Fallzahlen des Teams</source>
        <translation>Team caseload figures</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="102"/>
        <location filename="../../src/gui/supervision/OverviewTab.cpp" line="109"/>
        <source>Fallzahlen Team %1</source>
        <translation>Team caseload %1</translation>
    </message>
</context>
<context>
    <name>kim::gui::OwnProfileDialog</name>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="30"/>
        <source>Eigenes Profil</source>
        <translation>Own profile</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="40"/>
        <source>z. B. Case-Managerin, Koordinierende Stelle</source>
        <translation>e.g. case manager, coordinating office</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="41"/>
        <source>z. B. Caritas Gütersloh, Kreis Gütersloh</source>
        <translation>e.g. Caritas Gütersloh, Kreis Gütersloh</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="43"/>
        <source>Diese Angaben stehen auf Ihrer Kontaktkarte. Wer Ihre Karte einliest, sieht sie neben dem Fingerabdruck.</source>
        <translation>This information appears on your contact card. Anyone who imports your card sees it next to the fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="48"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="49"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="50"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="52"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="53"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/OwnProfileDialog.cpp" line="71"/>
        <source>Bitte geben Sie einen Namen an: Ohne Namen weiß niemand, wessen Kontaktkarte es ist.</source>
        <translation>Please enter a name: without a name nobody knows whose contact card it is.</translation>
    </message>
</context>
<context>
    <name>kim::gui::PackageExportWizard</name>
    <message>
        <location filename="../../src/gui/contacts/PackageExportWizard.cpp" line="19"/>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageExportWizard.cpp" line="20"/>
        <source>&amp;Weiter &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageExportWizard.cpp" line="22"/>
        <source>&amp;Fertig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageExportWizard.cpp" line="23"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::PackageImportDialog</name>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="35"/>
        <source>Pakete einlesen</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="40"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="40"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="40"/>
        <source>Absender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="40"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="44"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="61"/>
        <source>Alle Pakete wurden eingelesen (%1).</source>
        <translation>All packages have been imported (%1).</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="62"/>
        <source>%1 von %2 Paketen eingelesen. Abgewiesene Pakete haben nichts verändert; der Hinweis sagt, warum.</source>
        <translation>%1 of %2 packages imported. Rejected packages have changed nothing; the note says why.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="92"/>
        <source>eingelesen</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="95"/>
        <source>eingelesen (ersetzt frühere Fassung)</source>
        <translation>imported (replaces earlier version)</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/PackageImportDialog.cpp" line="98"/>
        <source>abgewiesen</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>kim::gui::PackageImportRunner</name>
    <message>
        <location filename="../../src/gui/reports/PackageImportRunner.cpp" line="40"/>
        <source>Pakete werden geprüft und eingelesen …</source>
        <translation>Checking and importing packages …</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageImportRunner.cpp" line="40"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageImportRunner.cpp" line="42"/>
        <source>Pakete einlesen</source>
        <translation>Import packages</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageImportRunner.cpp" line="62"/>
        <source>Paket %1 von %2 eingelesen …</source>
        <translation>Package %1 of %2 imported …</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageImportRunner.cpp" line="80"/>
        <source>Die Datei konnte nicht gelesen werden.</source>
        <translation>The file could not be read.</translation>
    </message>
</context>
<context>
    <name>kim::gui::PackageIntakeTab</name>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="43"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="43"/>
        <source>Absender*in</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="43"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="43"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="47"/>
        <source>&amp;Ordner einlesen …</source>
        <translation>Import f&amp;older …</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="51"/>
        <source>Noch nichts eingelesen.</source>
        <translation>Nothing imported yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="67"/>
        <source>&lt;b&gt;Ergebnis des letzten Einlesens&lt;/b&gt;</source>
        <translation>&lt;b&gt;Result of the last import&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="137"/>
        <source>Angenommen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="139"/>
        <source>Abgelehnt</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/gui/reports/PackageIntakeTab.cpp" line="153"/>
        <source>Abgebrochen: </source>
        <translation>Cancelled: </translation>
    </message>
</context>
<context>
    <name>kim::gui::PackageRecipientPage</name>
    <message>
        <location filename="../../src/gui/contacts/PackageRecipientPage.cpp" line="52"/>
        <source>Empfänger und Datei</source>
        <translation>Recipient and file</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageRecipientPage.cpp" line="65"/>
        <source>&amp;Kontakte…</source>
        <translation>&amp;Contacts…</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageRecipientPage.cpp" line="67"/>
        <source>&amp;Durchsuchen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageRecipientPage.cpp" line="80"/>
        <source>Em&amp;pfänger:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageRecipientPage.cpp" line="82"/>
        <source>D&amp;atei:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageRecipientPage.cpp" line="87"/>
        <source>Die Datei können Sie per E-Mail oder auf einem USB-Stick weitergeben: Unterwegs kann niemand sie lesen oder unbemerkt verändern.</source>
        <translation>You can pass the file on by email or on a USB stick: in transit nobody can read it or alter it unnoticed.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageRecipientPage.cpp" line="199"/>
        <source>„%1“ wird nicht mehr vertraut. Bitte wählen Sie einen anderen Empfänger.</source>
        <translation>“%1” is no longer trusted. Please select a different recipient.</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageRecipientPage.cpp" line="213"/>
        <source>Die Datei „%1“ gibt es schon. Bitte wählen Sie einen anderen Namen.</source>
        <translation>The file “%1” already exists. Please choose a different name.</translation>
    </message>
</context>
<context>
    <name>kim::gui::PackageWrittenPage</name>
    <message>
        <location filename="../../src/gui/contacts/PackageWrittenPage.cpp" line="33"/>
        <source>„%1“</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../src/gui/contacts/PackageWrittenPage.cpp" line="39"/>
        <source>%1 und %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>kim::gui::ProblemCodeLabels</name>
    <message>
        <location filename="../../src/gui/problems/ProblemCodeLabels.cpp" line="36"/>
        <source>sonstige Probleme (%1)</source>
        <translation>other problems (%1)</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemCodeLabels.cpp" line="40"/>
        <source>(unbekannter Problemtyp)</source>
        <translation>(unknown problem type)</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemCodeLabels.cpp" line="67"/>
        <source>keine Einrichtung genannt</source>
        <translation>no institution named</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemCodeLabels.cpp" line="94"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemCodeLabels.cpp" line="97"/>
        <source>Probleme (je Fall zusammen)</source>
        <translation>Problems (combined per case)</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemCodeLabels.cpp" line="100"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemCodeLabels.cpp" line="103"/>
        <source>Zielgruppe</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemCodeLabels.cpp" line="106"/>
        <source>Art der Einrichtung</source>
        <translation>Institution type</translation>
    </message>
</context>
<context>
    <name>kim::gui::ProblemExportWizard</name>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="19"/>
        <source>Strukturprobleme exportieren</source>
        <translation>Export structural problems</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="19"/>
        <source>&amp;Exportieren</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="24"/>
        <source>Die Meldung wird mit Ihrem Schlüssel signiert und so verschlüsselt, dass nur der gewählte Kontakt sie öffnen kann.</source>
        <translation>The report is signed with your key and encrypted so that only the selected contact can open it.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="26"/>
        <source>Es ist noch keine Kontaktkarte hinterlegt. Lesen Sie die Kontaktkarte der Koordinierenden Stelle ein und vergleichen Sie den Fingerabdruck am Telefon.</source>
        <translation>No contact card has been stored yet. Import the contact card of the coordinating office and compare the fingerprint on the phone.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="31"/>
        <source>Strukturprobleme %1</source>
        <translation>Structural problems %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="35"/>
        <source>Bitte wählen Sie genau einen Empfänger.</source>
        <translation>Please select exactly one recipient.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="45"/>
        <source>Meldung gespeichert</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="52"/>
        <source>Die Meldung für das %1 ist gespeichert:
%2

Sie ist signiert und verschlüsselt; öffnen kann sie nur %3. Schicken Sie die Datei per E-Mail oder auf einem USB-Stick an die Koordinierende Stelle.</source>
        <translation>The report for %1 has been saved:
%2

It is signed and encrypted; only %3 can open it. Send the file to the coordinating office by email or on a USB stick.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="57"/>
        <source>Mit der Meldung geht Ihr Vorschlag für einen neuen Problemtyp mit.</source>
        <translation>Your proposal for a new problem type goes with the report.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="60"/>
        <source>Mit der Meldung gehen Ihre %1 Vorschläge für neue Problemtypen mit.</source>
        <translation>Your %1 proposals for new problem types go with the report.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemExportWizard.cpp" line="62"/>
        <source>Melden Sie dasselbe Quartal später noch einmal, ersetzt die neue Meldung diese (zum Beispiel nach einer Korrektur).</source>
        <translation>If you report the same quarter again later, the new report replaces this one (for example after a correction).</translation>
    </message>
</context>
<context>
    <name>kim::gui::ProblemFlagDialog</name>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="39"/>
        <source>Strukturproblem erfassen</source>
        <translation>Record structural problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="39"/>
        <source>Strukturproblem bearbeiten</source>
        <translation>Edit structural problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="76"/>
        <source>– keine bestimmte Einrichtung –</source>
        <translation>– no particular institution –</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="85"/>
        <source>– keine Angabe –</source>
        <translation>– not specified –</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="90"/>
        <source>&amp;Behoben am:</source>
        <translation>&amp;Resolved on:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="106"/>
        <source>Nur der Problemcode, die Art der Einrichtung und das Quartal gehen in die Quartalsmeldung – als Anzahl, ohne Namen, Daten oder Einrichtungsnamen.</source>
        <translation>Only the problem code, the type of institution and the quarter go into the quarterly report – as a count, without names, dates or names of institutions.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="117"/>
        <source>&amp;Handlungsfeld:</source>
        <translation>&amp;Field of action:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="123"/>
        <source>&amp;Problemtyp:</source>
        <translation>&amp;Problem type:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="126"/>
        <source>&amp;Einrichtung:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="127"/>
        <source>&amp;Art der Einrichtung:</source>
        <translation>Institution &amp;type:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="128"/>
        <source>Besteht &amp;seit:</source>
        <translation>E&amp;xists since:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="132"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="133"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="153"/>
        <source>%1 (nicht mehr im Katalog)</source>
        <translation>%1 (no longer in the taxonomy)</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagDialog.cpp" line="162"/>
        <source>Für dieses Handlungsfeld gibt es noch keine Problemtypen.</source>
        <translation>There are no problem types for this field of action yet.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ProblemFlagsTab</name>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="48"/>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="49"/>
        <source>&amp;Bearbeiten…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="50"/>
        <source>Als be&amp;hoben markieren</source>
        <translation>Mark as re&amp;solved</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="52"/>
        <source>&amp;Löschen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="34"/>
        <source>Halten Sie hier Hürden fest, die nicht an der Person liegen, sondern an den Strukturen – z. B. lange Wartezeiten bei einer Behörde. Sie gehen nur als Anzahl, ohne Namen, in die Quartalsmeldung an die Koordinierende Stelle.</source>
        <translation>Record here the obstacles that lie not with the person but with the structures – e.g. long waiting times at a public authority. They go into the quarterly report to the coordinating office only as a count, without names.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="30"/>
        <source>Handlungsfeld / Problem</source>
        <translation>Field of action / problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="30"/>
        <source>Einrichtung</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="30"/>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="95"/>
        <source>ohne Handlungsfeld</source>
        <translation>no field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="106"/>
        <source>Art: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="109"/>
        <source>behoben am %1</source>
        <translation>resolved on %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="109"/>
        <source>besteht</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="79"/>
        <source>Noch kein Fall eröffnet: Strukturprobleme gehören zum Fall.</source>
        <translation>No case opened yet: structural problems belong to the case.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="81"/>
        <source>Der Fall ist abgeschlossen: Neue Strukturprobleme lassen sich nicht mehr erfassen.</source>
        <translation>The case is closed: new structural problems can no longer be recorded.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="144"/>
        <source>Für diese Klient*in ist noch kein Fall eröffnet. Bitte zuerst im Reiter „Fall &amp; Ziele“ einen Fall eröffnen.</source>
        <translation>No case has been opened for this client yet. Please open a case on the “Case &amp; goals” tab first.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="187"/>
        <source>Strukturproblem löschen</source>
        <translation>Delete structural problem</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="188"/>
        <source>Das Strukturproblem „%1“ aus diesem Fall löschen?

Wenn es behoben ist, markieren Sie es besser als behoben: Dann zählt es für die Quartale, in denen es bestand.</source>
        <translation>Delete the structural problem “%1” from this case?

If it has been resolved, it is better to mark it as resolved: then it counts for the quarters in which it existed.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemFlagsTab.cpp" line="191"/>
        <source>&amp;Löschen</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>kim::gui::ProblemProposalDialog</name>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="30"/>
        <source>Problemtyp vorschlagen</source>
        <translation>Propose problem type</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="39"/>
        <source>z. B. Keine Termine für Sprachprüfungen im Kreis</source>
        <translation>e.g. No appointments for language tests in the district</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="40"/>
        <source>Wann soll dieser Problemtyp gewählt werden? Ein oder zwei Sätze.</source>
        <translation>When should this problem type be chosen? One or two sentences.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="44"/>
        <source>Fehlt im Katalog ein Problem, das Ihnen in Fällen immer wieder begegnet? Schlagen Sie der Koordinierenden Stelle einen neuen Problemtyp vor. Der Vorschlag reist mit Ihrer nächsten Quartalsmeldung.</source>
        <translation>Is a problem missing from the taxonomy that you keep coming across in cases? Propose a new problem type to the coordinating office. The proposal travels with your next quarterly report.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="49"/>
        <source>Bitte beschreiben Sie das Problem allgemein – ohne Namen, Fallnummern oder Einzelheiten aus einem Fall.</source>
        <translation>Please describe the problem in general terms – without names, case numbers or details from a case.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="56"/>
        <source>&amp;Handlungsfeld:</source>
        <translation>&amp;Field of action:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="57"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="58"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="60"/>
        <source>&amp;Vorschlagen</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemProposalDialog.cpp" line="61"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::ProblemReportPreview</name>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="34"/>
        <source>Probleme je Handlungsfeld</source>
        <translation>Problems per field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="37"/>
        <source>Handlungsfeld × Kommune</source>
        <translation>Field of action × municipality</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="40"/>
        <source>Handlungsfeld × Zielgruppe</source>
        <translation>Field of action × target group</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="43"/>
        <source>Handlungsfeld × Art der Einrichtung</source>
        <translation>Field of action × type of institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="56"/>
        <source>Zeitraum: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="59"/>
        <source>Tabellenprogramm Version %1 · Problemkatalog Version %2</source>
        <translation>Table programme version %1 · problem taxonomy version %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="65"/>
        <source>Jede Zahl sagt, wie viele Fälle (eine Familie zählt einmal) in diesem Quartal in die Zeile fallen. Ein Fall zählt je Zeile höchstens einmal.</source>
        <translation>Each figure states how many cases (a family counts once) fall into the row in this quarter. A case counts at most once per row.</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="75"/>
        <source>Was die Fallakte nicht verlässt</source>
        <translation>What does not leave the case file</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="77"/>
        <source>Keine Namen, keine Fallcodes, keine Adressen oder Kontaktdaten, keine Geburtsdaten und kein Alter, kein Geschlecht, keine Staatsangehörigkeit und kein Aufenthaltsstatus, keine Notizen und keine anderen Freitexte aus Fällen, keine genauen Daten (nur das Quartal) und keine Namen von Einrichtungen (nur ihre Art).</source>
        <translation>No names, no case codes, no addresses or contact details, no dates of birth and no age, no sex, no nationality and no residence status, no notes or other free text from cases, no exact dates (only the quarter) and no names of institutions (only their type).</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="93"/>
        <source>keine Einträge</source>
        <translation>no entries</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="100"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="103"/>
        <source>Prüfsumme</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="135"/>
        <source>Vorschläge für neue Problemtypen</source>
        <translation>Proposals for new problem types</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="139"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="142"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="143"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/gui/problems/ProblemReportPreview.cpp" line="144"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>kim::gui::ProblemTypeDialog</name>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="21"/>
        <source>Neuer Problemtyp</source>
        <translation>New problem type</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="21"/>
        <source>Problemtyp %1 bearbeiten</source>
        <translation>Edit problem type %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="35"/>
        <source>Ein bis zwei Sätze: wann dieser Problemtyp gewählt wird.</source>
        <translation>One or two sentences: when this problem type is chosen.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="39"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="40"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="46"/>
        <source>&amp;Handlungsfeld:</source>
        <translation>&amp;Field of action:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="47"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="48"/>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ProblemTypeDialog.cpp" line="49"/>
        <source>Codes werden nie geändert oder wiederverwendet. Die Änderung erreicht die Case-Manager*innen mit der nächsten Ausgabe des Themenkatalogs.</source>
        <translation>Codes are never changed or reused. The change reaches the case managers with the next release of the problem taxonomy.</translation>
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
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="47"/>
        <source>Worum geht es? Kurz und ohne unnötige Einzelheiten.</source>
        <translation>What is it about? Briefly and without unnecessary details.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="51"/>
        <source>&amp;Rückmeldung erwartet bis</source>
        <translation>Response e&amp;xpected by</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="60"/>
        <source>&amp;Einrichtung:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="61"/>
        <source>&amp;Handlungsfeld:</source>
        <translation>&amp;Field of action:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="62"/>
        <source>&amp;Anlass:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="63"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="66"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="67"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralDialog.cpp" line="72"/>
        <source>Daten werden erst weitergegeben, wenn Sie den Status auf „übermittelt“ setzen. Dafür braucht es eine Schweigepflichtentbindung für diese Einrichtung.</source>
        <translation>Data is only disclosed once you set the status to “sent”. This requires a release from confidentiality for this institution.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReferralReleaseList</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="26"/>
        <source>&lt;b&gt;Schweigepflichtentbindungen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Releases from confidentiality&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="29"/>
        <source>Stelle</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="29"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="29"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="29"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="29"/>
        <source>widerrufen am</source>
        <translation>revoked on</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="38"/>
        <source>Schweigepflicht&amp;entbindung erfassen…</source>
        <translation>Record release from &amp;confidentiality…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralReleaseList.cpp" line="39"/>
        <source>Entbindung &amp;widerrufen</source>
        <translation>Re&amp;voke release</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReferralStatusDialog</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="28"/>
        <source>Status ändern</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="36"/>
        <source>z. B. Termin am 02.04. um 10 Uhr</source>
        <translation>e.g. appointment on 2 April at 10 am</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="40"/>
        <source>Bisher:</source>
        <translation>Previously:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="41"/>
        <source>&amp;Neuer Status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="42"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="43"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="45"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="47"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralStatusDialog.cpp" line="53"/>
        <source>Diese Vermittlung ist abgeschlossen.</source>
        <translation>This referral is completed.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReferralsTab</name>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="42"/>
        <source>&lt;b&gt;&amp;Vermittlungen&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Referrals&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="37"/>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="51"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="37"/>
        <source>Einrichtung</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="37"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="37"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="37"/>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="37"/>
        <source>Rückmeldung bis</source>
        <translation>Response by</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="51"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="59"/>
        <source>&amp;Neue Vermittlung…</source>
        <translation>&amp;New referral…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="60"/>
        <source>Be&amp;arbeiten…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="62"/>
        <source>&amp;Status ändern…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="63"/>
        <source>Überleitungsbogen &amp;drucken…</source>
        <translation>&amp;Print referral sheet…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="65"/>
        <source>Als &amp;PDF speichern…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="73"/>
        <source>Verlauf der ausgewählten Vermittlung:</source>
        <translation>History of the selected referral:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="104"/>
        <source>%1 – überfällig</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="131"/>
        <source>Bitte zuerst einen Fall eröffnen.</source>
        <translation>Please open a case first.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="173"/>
        <source>Die PDF-Datei konnte nicht geschrieben werden. Bitte wählen Sie einen anderen Ort.</source>
        <translation>The PDF file could not be written. Please choose a different location.</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="180"/>
        <source>Überleitungsbogen als PDF speichern</source>
        <translation>Save referral sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="180"/>
        <source>Ueberleitungsbogen.pdf</source>
        <translation>Referral-sheet.pdf</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReferralsTab.cpp" line="181"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReleaseDialog</name>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="28"/>
        <source>Schweigepflichtentbindung erfassen</source>
        <translation>Record release from confidentiality</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="37"/>
        <source>z. B. Antrag auf Bürgergeld stellen</source>
        <translation>e.g. apply for Bürgergeld (citizen&apos;s benefit)</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="39"/>
        <source>Diese Angaben dürfen weitergegeben werden</source>
        <translation>These details may be disclosed</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="51"/>
        <source>&amp;Empfangende Stelle:</source>
        <translation>&amp;Receiving institution:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="52"/>
        <source>Erteilt &amp;am:</source>
        <translation>Given &amp;on:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="53"/>
        <source>&amp;Zweck:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="55"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="56"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/referrals/ReleaseDialog.cpp" line="62"/>
        <source>Bitte nur erfassen, was die Person unterschrieben hat. Eine erfasste Entbindung wird nicht geändert, sondern bei Bedarf widerrufen und neu erfasst.</source>
        <translation>Please record only what the person has signed. A recorded release is not changed; if necessary, it is revoked and recorded again.</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReportCsvWriter</name>
    <message>
        <location filename="../../src/gui/office/ReportCsvWriter.cpp" line="28"/>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportCsvWriter.cpp" line="29"/>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportCsvWriter.cpp" line="30"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportCsvWriter.cpp" line="31"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportCsvWriter.cpp" line="32"/>
        <source>Merkmal</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportCsvWriter.cpp" line="33"/>
        <source>Fälle (geschützt)</source>
        <translation>Cases (protected)</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReportPdfWriter</name>
    <message>
        <location filename="../../src/gui/reports/ReportPdfWriter.cpp" line="159"/>
        <source>Seite %1 von %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>kim::gui::ReportTab</name>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="68"/>
        <source>Veröffentlichtes &amp;Quartal:</source>
        <translation>Published &amp;quarter:</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="71"/>
        <source>Als &amp;PDF speichern …</source>
        <translation>Save as P&amp;DF …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="73"/>
        <source>Als &amp;CSV speichern …</source>
        <translation>Save as C&amp;SV …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="78"/>
        <source>Noch kein Quartal veröffentlicht. Veröffentlichen Sie die Zahlen eines Quartals im Reiter „Auswertung“.</source>
        <translation>No quarter has been published yet. Publish the figures of a quarter on the “Evaluation” tab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/office/ReportTab.cpp" line="137"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · aus %n Meldung(en)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · from %n report</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · from %n reports</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="174"/>
        <source>Auf die &amp;Tagesordnung setzen …</source>
        <translation>Add to the &amp;agenda …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="176"/>
        <source>Legt für das gewählte Problem einen Punkt der Planungskonferenz an.</source>
        <translation>Creates a planning conference item for the selected problem.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="199"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="199"/>
        <source>Bitte wählen Sie zuerst ein Problem in der Rangliste.</source>
        <translation>Please first select a problem in the ranking.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="207"/>
        <source>Konferenzbericht %1 Rev %2.%3</source>
        <translation>Conference report %1 Rev %2.%3</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="214"/>
        <source>Konferenzbericht als PDF speichern</source>
        <translation>Save conference report as PDF</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="216"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="226"/>
        <source>Konferenzbericht als CSV speichern</source>
        <translation>Save conference report as CSV</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="228"/>
        <source>CSV-Dateien für Excel (*.csv)</source>
        <translation>CSV files for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="236"/>
        <location filename="../../src/gui/office/ReportTab.cpp" line="248"/>
        <source>Es ist noch kein Quartal veröffentlicht.</source>
        <translation>No quarter has been published yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="240"/>
        <source>Die PDF-Datei konnte nicht geschrieben werden: %1</source>
        <translation>The PDF file could not be written: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/ReportTab.cpp" line="252"/>
        <source>Die CSV-Datei konnte nicht geschrieben werden: %1</source>
        <translation>The CSV file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>kim::gui::RevisionReasonDialog</name>
    <message>
        <location filename="../../src/gui/office/RevisionReasonDialog.cpp" line="18"/>
        <source>Neue Revision veröffentlichen</source>
        <translation>Publish new revision</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/RevisionReasonDialog.cpp" line="19"/>
        <source>Das %1 ist bereits veröffentlicht und damit eingefroren. Seitdem haben sich die eingegangenen Meldungen geändert. Die neuen Zahlen werden als Revision %2 veröffentlicht; frühere Revisionen bleiben lesbar.&lt;br&gt;&lt;br&gt;Bitte geben Sie den Grund an (er erscheint im Bericht):</source>
        <translation>%1 has already been published and is therefore frozen. Since then, the received reports have changed. The new figures will be published as revision %2; earlier revisions remain readable.&lt;br&gt;&lt;br&gt;Please give the reason (it appears in the report):</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/RevisionReasonDialog.cpp" line="30"/>
        <source>z. B. Korrekturmeldung aus Verl nachgereicht</source>
        <translation>e.g. correction report from Verl submitted late</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/RevisionReasonDialog.cpp" line="33"/>
        <source>Revision veröffentlichen</source>
        <translation>Publish revision</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/RevisionReasonDialog.cpp" line="35"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::SearchPanel</name>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="30"/>
        <source>In allen Beratungsnotizen suchen (Strg+Umschalt+F)</source>
        <translation>Search all consultation notes (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="31"/>
        <source>Ein Pseudonym aus einem Fallzahlenbericht (z. B. P-7F3A2C) zeigt, für welchen Fall es steht.</source>
        <translation>A pseudonym from a caseload report (e.g. P-7F3A2C) shows which case it stands for.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="35"/>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="75"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="35"/>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="75"/>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="98"/>
        <source>Klient*in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="35"/>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="75"/>
        <source>Fundstelle</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="39"/>
        <source>Wortanfänge genügen: „Jobc“ findet „Jobcenter“. Ein Pseudonym wie „P-7F3A2C“ zeigt den Fall, für den es in Ihrem Fallzahlenbericht steht.</source>
        <translation>The beginning of a word is enough: “Jobc” finds “Jobcenter”. A pseudonym such as “P-7F3A2C” shows the case it stands for in your caseload report.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="98"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="98"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="111"/>
        <source>abgeschlossen am %1</source>
        <translation>closed on %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="112"/>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="116"/>
        <source>Fall seit %1</source>
        <translation>Case since %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="123"/>
        <source>„%1“ steht in keinem Fallzahlenbericht, den diese Fallakte gesendet hat. Pseudonyme gelten nur für einen Zeitraum und nur in der Fallakte, die den Bericht gesendet hat.</source>
        <translation>“%1” does not appear in any caseload report sent from this case file. Pseudonyms apply only to one period and only in the case file that sent the report.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="127"/>
        <source>„%1“ steht in Ihrem Fallzahlenbericht für diesen Fall. Mit der Eingabetaste öffnen Sie die Fallakte.</source>
        <translation>“%1” stands for this case in your caseload report. Press Enter to open the case file.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="131"/>
        <source>„%1“ steht in Ihren Fallzahlenberichten für %2 Fälle; fragen Sie nach dem Zeitraum. Mit der Eingabetaste öffnen Sie die Fallakte.</source>
        <translation>“%1” stands for %2 cases in your caseload reports; ask which period is meant. Press Enter to open the case file.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="87"/>
        <source>Nichts gefunden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="90"/>
        <source>Die %1 passendsten unter den neuesten Fundstellen; ein weiteres Wort grenzt die Suche ein.</source>
        <translation>The %1 best matches among the most recent ones; another word narrows the search.</translation>
    </message>
    <message>
        <location filename="../../src/gui/overview/SearchPanel.cpp" line="93"/>
        <source>%1 Fundstellen. Mit der Eingabetaste öffnen Sie die Fallakte.</source>
        <translation>%1 matches. Press Enter to open the case file.</translation>
    </message>
</context>
<context>
    <name>kim::gui::SettingsDialog</name>
    <message>
        <location filename="../../src/gui/workspace/SettingsDialog.cpp" line="21"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kim::gui::StartPage</name>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="39"/>
        <source>KIM Fallakte</source>
        <translation>KIM Fallakte</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="44"/>
        <source>Fallakte für das Kommunale Integrationsmanagement im Kreis Gütersloh. Ihre Daten bleiben verschlüsselt auf diesem Rechner.</source>
        <translation>Case file for Municipal Integration Management (KIM) in the district of Gütersloh. Your data stays encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="52"/>
        <source>&amp;Zuletzt verwendete Arbeitsmappen</source>
        <translation>&amp;Recently used workspaces</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="66"/>
        <source>Noch keine Arbeitsmappe verwendet. Legen Sie eine neue Arbeitsmappe an, öffnen Sie eine vorhandene oder probieren Sie das Programm mit der Demo-Arbeitsmappe aus.</source>
        <translation>No workspace used yet. Create a new workspace, open an existing one or try out the program with the demo workspace.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="77"/>
        <source>Arbeitsmappe ö&amp;ffnen…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="78"/>
        <source>&amp;Neue Arbeitsmappe anlegen…</source>
        <translation>Create &amp;new workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="79"/>
        <source>&amp;Demo-Arbeitsmappe anlegen…</source>
        <translation>Create &amp;demo workspace…</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/StartPage.cpp" line="106"/>
        <source>  (nicht gefunden)</source>
        <translation>  (not found)</translation>
    </message>
</context>
<context>
    <name>kim::gui::SupervisionIntakeTab</name>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="42"/>
        <source>Absender*in</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="21"/>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="42"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="24"/>
        <source>Eingegangene Fallzahlenberichte</source>
        <translation>Caseload reports received</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="42"/>
        <source>Fassung</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="42"/>
        <source>Eingegangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="42"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="18"/>
        <source>&amp;Berichte einlesen …</source>
        <translation>Import &amp;reports …</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="19"/>
        <source>oder Dateien und Ordner mit Berichten (*.kimpkg, *.age) hierher ziehen</source>
        <translation>or drag files and folders with reports (*.kimpkg, *.age) here</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="20"/>
        <source>Keine Berichte gefunden (gesucht wurde nach *.kimpkg und *.age).</source>
        <translation>No reports found (searched for *.kimpkg and *.age).</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="22"/>
        <source>Ersetzt früheren Bericht</source>
        <translation>Replaces earlier report</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="23"/>
        <source>%1 angenommen, %2 als neuere Fassung übernommen, %3 abgelehnt.</source>
        <translation>%1 accepted, %2 applied as a newer version, %3 rejected.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="65"/>
        <source>ersetzt</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="65"/>
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="68"/>
        <source>Schlüssel-ID der Absender*in: %1</source>
        <translation>Sender&apos;s key ID: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/supervision/SupervisionIntakeTab.cpp" line="73"/>
        <source>%n gültige(r) Bericht(e)</source>
        <translation>
            <numerusform>%n valid report</numerusform>
            <numerusform>%n valid reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kim::gui::SupervisionView</name>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="36"/>
        <source>Ü&amp;bersicht</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="37"/>
        <source>&amp;Teammitglied</source>
        <translation>&amp;Team member</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="38"/>
        <source>&amp;Hinweise</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="39"/>
        <source>&amp;Eingang</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="40"/>
        <source>Team und &amp;fehlende Berichte</source>
        <translation>Team and &amp;missing reports</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="104"/>
        <source>Ihr letzter Besuch: %1.</source>
        <translation>Your last visit: %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="105"/>
        <source>Sie öffnen diese Übersicht zum ersten Mal.</source>
        <translation>This is the first time you have opened this overview.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="106"/>
        <source>Neue Berichte: &lt;b&gt;%1&lt;/b&gt; · neue Hinweise: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>New reports: &lt;b&gt;%1&lt;/b&gt; · new alerts: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="116"/>
        <source>Für %1 haben alle Teammitglieder berichtet.</source>
        <translation>All team members have reported for %1.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/SupervisionView.cpp" line="117"/>
        <source>Für %1 fehlt noch der Bericht von: %2</source>
        <translation>The report for %1 is still missing from: %2</translation>
    </message>
</context>
<context>
    <name>kim::gui::TaxonomyTab</name>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="36"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="38"/>
        <source>übernommen als %1</source>
        <translation>adopted as %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="40"/>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="49"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="51"/>
        <source>ab Version %1</source>
        <translation>from version %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="84"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="84"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="84"/>
        <source>Handlungsfeld</source>
        <translation>Field of action</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="84"/>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="161"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="84"/>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="161"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="84"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="87"/>
        <source>&amp;Neuer Problemtyp …</source>
        <translation>&amp;New problem type …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="89"/>
        <source>&amp;Bearbeiten …</source>
        <translation>E&amp;dit …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="91"/>
        <source>&amp;Zurückziehen …</source>
        <translation>&amp;Withdraw …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="93"/>
        <source>Themenkatalog &amp;herausgeben und senden …</source>
        <translation>&amp;Release and send problem taxonomy …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="95"/>
        <source>&amp;Übernehmen …</source>
        <translation>&amp;Adopt …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="97"/>
        <source>&amp;Ablehnen</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="128"/>
        <source>&lt;b&gt;Vorschläge der Case-Manager*innen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proposals from case managers&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="161"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="161"/>
        <source>seit Version</source>
        <translation>since version</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="161"/>
        <source>zurückgezogen</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="182"/>
        <source>Noch nicht herausgegeben</source>
        <translation>Not yet released</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="183"/>
        <source>Version %1 vom %2</source>
        <translation>Version %1 dated %2</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="185"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · Änderungen noch nicht herausgegeben</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · changes not yet released</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="186"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="274"/>
        <source>Problemtyp zurückziehen</source>
        <translation>Withdraw problem type</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="275"/>
        <source>%1 wird mit der nächsten Ausgabe des Themenkatalogs zurückgezogen. Bestehende Markierungen bleiben lesbar; der Code wird nie wiederverwendet.</source>
        <translation>%1 will be withdrawn with the next release of the problem taxonomy. Existing flags remain readable; the code is never reused.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="278"/>
        <source>Zurückziehen</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="318"/>
        <source>Vorschlag ablehnen</source>
        <translation>Reject proposal</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="318"/>
        <source>Den gewählten Vorschlag ablehnen?</source>
        <translation>Reject the selected proposal?</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="318"/>
        <source>Ablehnen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="341"/>
        <source>Die Änderungen werden als Version %1 des Themenkatalogs herausgegeben und als signiertes, verschlüsseltes Paket für %2 vertraute Case-Manager*innen gespeichert. Eine herausgegebene Version lässt sich nicht mehr ändern.</source>
        <translation>The changes will be released as version %1 of the problem taxonomy and saved as a signed, encrypted package for %2 trusted case managers. A released version can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="346"/>
        <source>Es gibt keine neuen Änderungen. Version %1 wird erneut als Paket für %2 vertraute Case-Manager*innen gespeichert.</source>
        <translation>There are no new changes. Version %1 will be saved again as a package for %2 trusted case managers.</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="350"/>
        <source>Themenkatalog herausgeben</source>
        <translation>Release problem taxonomy</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="350"/>
        <source>Paket speichern …</source>
        <translation>Save package …</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="353"/>
        <source>Themenkatalog Version %1.%2</source>
        <translation>Problem taxonomy version %1.%2</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="373"/>
        <source>Themenkatalog gespeichert</source>
        <translation>Problem taxonomy saved</translation>
    </message>
    <message>
        <location filename="../../src/gui/office/TaxonomyTab.cpp" line="374"/>
        <source>Das Paket ist gespeichert. Bitte geben Sie es an die Case-Manager*innen weiter.</source>
        <translation>The package has been saved. Please pass it on to the case managers.</translation>
    </message>
</context>
<context>
    <name>kim::gui::TeamTab</name>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="22"/>
        <source>Ihr Team sind Ihre vertrauten Kontakte: Wer Ihnen Fallzahlenberichte senden soll, gibt Ihnen seine Kontaktkarte, und Sie nehmen sie unter „Kontakte“ auf, nachdem Sie den Fingerabdruck verglichen haben.</source>
        <translation>Your team consists of your trusted contacts: anyone who is to send you caseload reports gives you their contact card, and you add it under “Contacts” after comparing the fingerprint.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="27"/>
        <source>&amp;Kontakte verwalten …</source>
        <translation>&amp;Manage contacts …</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="30"/>
        <source>Teammitglied</source>
        <translation>Team member</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="30"/>
        <source>Funktion</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="30"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="30"/>
        <source>Letzter Bericht</source>
        <translation>Last report</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="30"/>
        <source>Bericht für den Zeitraum</source>
        <translation>Report for the period</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="70"/>
        <source>noch keiner</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="72"/>
        <source>liegt vor</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="73"/>
        <source>fehlt</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="77"/>
        <source>Schlüssel-ID: %1</source>
        <translation>Key ID: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="83"/>
        <source>Noch keine Berichte eingelesen.</source>
        <translation>No reports imported yet.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="85"/>
        <source>Noch keine Kontakte aufgenommen: ohne vertraute Kontakte nimmt der Eingang keine Berichte an.</source>
        <translation>No contacts added yet: without trusted contacts, the intake accepts no reports.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="88"/>
        <source>&lt;b&gt;Fehlende Berichte für %1:&lt;/b&gt; keine – alle Teammitglieder haben berichtet.</source>
        <translation>&lt;b&gt;Missing reports for %1:&lt;/b&gt; none – all team members have reported.</translation>
    </message>
    <message>
        <location filename="../../src/gui/supervision/TeamTab.cpp" line="92"/>
        <source>&lt;b&gt;Fehlende Berichte für %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Missing reports for %1:&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>kim::gui::UnlockDialog</name>
    <message>
        <location filename="../../src/gui/workspace/UnlockDialog.cpp" line="28"/>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/UnlockDialog.cpp" line="29"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/UnlockDialog.cpp" line="47"/>
        <source>Bitte geben Sie das Passwort ein.</source>
        <translation>Please enter the password.</translation>
    </message>
    <message>
        <location filename="../../src/gui/workspace/UnlockDialog.cpp" line="54"/>
        <source>Die Arbeitsmappe wird entsperrt …</source>
        <translation>Unlocking the workspace …</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="62"/>
        <source>Selbsttest fehlgeschlagen</source>
        <translation>Self-test failed</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="63"/>
        <source>KIM Fallakte startet nicht, weil die Prüfung der Verschlüsselung fehlgeschlagen ist (%1). Bitte wenden Sie sich an Ihre IT.</source>
        <translation>KIM Fallakte cannot start because the encryption check failed (%1). Please contact your IT department.</translation>
    </message>
</context>
</TS>
