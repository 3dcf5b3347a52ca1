<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Dms::ActionDialog</name>
    <message>
        <source>withdrawal request</source>
        <translation>Entnahmeantrag</translation>
    </message>
    <message>
        <source>destruction request</source>
        <translation>Vernichtungsantrag</translation>
    </message>
    <message>
        <source>transfer request</source>
        <translation>Transferantrag</translation>
    </message>
    <message>
        <source>crate</source>
        <translation>Kiste</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What the requester should change</source>
        <translation>Was der Antragsteller ändern soll</translation>
    </message>
    <message>
        <source>Reason for sending back</source>
        <translation>Grund für die Rücksendung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Lagerort:</translation>
    </message>
    <message>
        <source>Your password (digital signature)</source>
        <translation>Ihr Passwort (digitale Signatur)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Your password signs this decision; a wrong one changes nothing.</source>
        <translation>Ihr Passwort unterzeichnet diese Entscheidung; ein falsches ändert nichts.</translation>
    </message>
    <message>
        <source>No storage location of unit %1 is known</source>
        <translation>Für Einheit %1 ist kein Lagerort bekannt</translation>
    </message>
    <message>
        <source>Approve %1?</source>
        <translation>%1 genehmigen?</translation>
    </message>
    <message>
        <source>Reject %1? This cannot be undone.</source>
        <translation>%1 ablehnen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Send %1 back for changes?</source>
        <translation>%1 zur Überarbeitung zurückschicken?</translation>
    </message>
    <message>
        <source>Send %1 back to %2 for changes?</source>
        <translation>%1 zur Überarbeitung an %2 zurückschicken?</translation>
    </message>
    <message>
        <source>Choose where %1 will be stored when the transfer of %2 is received.</source>
        <translation>Wählen Sie, wo %1 gelagert wird, wenn der Transfer von %2 eingeht.</translation>
    </message>
    <message>
        <source>Choose where %1 goes back to when %2 is returned.</source>
        <translation>Wählen Sie, wohin %1 zurückkommt, wenn %2 zurückgegeben wird.</translation>
    </message>
    <message>
        <source>Choose a storage location for %1.</source>
        <translation>Wählen Sie einen Lagerort für %1.</translation>
    </message>
    <message>
        <source>Issue %1? Crate %2 will be archived (handed over for destruction).</source>
        <translation>%1 ausgeben? Kiste %2 wird archiviert (zur Vernichtung übergeben).</translation>
    </message>
    <message>
        <source>Issue %1? Crate %2 will be withdrawn from the store.</source>
        <translation>%1 ausgeben? Kiste %2 wird aus dem Lager entnommen.</translation>
    </message>
    <message>
        <source>Confirm the destruction for %1? Crate %2 will be marked destroyed.</source>
        <translation>Vernichtung für %1 bestätigen? Kiste %2 wird als vernichtet markiert.</translation>
    </message>
    <message>
        <source>Receive %1? Crate %2 moves to this unit.</source>
        <translation>%1 annehmen? Kiste %2 wechselt in diese Einheit.</translation>
    </message>
    <message>
        <source>Return %1? Crate %2 comes back to the store.</source>
        <translation>%1 zurücknehmen? Kiste %2 kommt ins Lager zurück.</translation>
    </message>
    <message>
        <source>Move %1 to another storage location.</source>
        <translation>%1 an einen anderen Lagerort verlegen.</translation>
    </message>
</context>
<context>
    <name>Dms::ActionPlanner</name>
    <message>
        <source>requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>approver or unit admin</source>
        <translation>Genehmiger oder Einheitsadministrator</translation>
    </message>
    <message>
        <source>store head or unit admin</source>
        <translation>Lagerleitung oder Einheitsadministrator</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>no signed-in virtual user can act</source>
        <translation>kein angemeldeter virtueller Benutzer kann handeln</translation>
    </message>
    <message>
        <source>a destination unit</source>
        <translation>eine Zieleinheit</translation>
    </message>
    <message>
        <source>store head or unit admin of destination unit %1</source>
        <translation>Lagerleitung oder Einheitsadministrator der Zieleinheit %1</translation>
    </message>
    <message>
        <source>no %1 among the virtual users of unit %2</source>
        <translation>kein %1 unter den virtuellen Benutzern der Einheit %2</translation>
    </message>
    <message>
        <source>no way to prepare %1 %2 in unit %3</source>
        <translation>keine Möglichkeit, %1 %2 in Einheit %3 vorzubereiten</translation>
    </message>
    <message>
        <source>disconnect-all is a timed step</source>
        <translation>disconnect-all ist ein zeitgesteuerter Schritt</translation>
    </message>
    <message>
        <source>the dialect profile has no route &quot;%1&quot;</source>
        <translation>das Dialektprofil hat keine Route „%1“</translation>
    </message>
    <message>
        <source>a transfer needs a second unit</source>
        <translation>ein Transfer benötigt eine zweite Einheit</translation>
    </message>
    <message>
        <source>unit %1 has no storage location</source>
        <translation>Einheit %1 hat keinen Lagerort</translation>
    </message>
    <message>
        <source>unit %1 has no other storage location to move crates to</source>
        <translation>Einheit %1 hat keinen anderen Lagerort, in den Kisten verlegt werden könnten</translation>
    </message>
</context>
<context>
    <name>Dms::AlertCenter</name>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>zurückgeschickt</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <translation>erneut eingereicht</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>auf %1 gesetzt</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>genehmigen</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>send back</source>
        <translation>zurückschicken</translation>
    </message>
    <message>
        <source>allocate storage</source>
        <translation>einen Lagerort zuweisen</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>ausgeben</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>annehmen</translation>
    </message>
    <message>
        <source>relocate</source>
        <translation>umlagern</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Sent back to you</source>
        <translation>An Sie zurückgeschickt</translation>
    </message>
    <message>
        <source>%1 was sent back by %2.</source>
        <translation>%1 wurde von %2 zurückgeschickt.</translation>
    </message>
    <message>
        <source>Your request %1 was %2</source>
        <translation>Ihr Antrag %1 wurde %2</translation>
    </message>
    <message>
        <source>%1 %2 it.</source>
        <translation>%1 hat ihn %2.</translation>
    </message>
    <message>
        <source>Transfer %1 is coming to your unit</source>
        <translation>Transfer %1 kommt in Ihre Einheit</translation>
    </message>
    <message>
        <source>%1 sent it on its way; you may %2.</source>
        <translation>%1 hat ihn auf den Weg gebracht; Sie können %2.</translation>
    </message>
    <message>
        <source>%1 approved it; you may %2.</source>
        <translation>%1 hat ihn genehmigt; Sie können %2.</translation>
    </message>
    <message>
        <source>New request %1 waiting for you</source>
        <translation>Neuer Antrag %1 wartet auf Sie</translation>
    </message>
    <message>
        <source>%1 is waiting for you</source>
        <translation>%1 wartet auf Sie</translation>
    </message>
    <message>
        <source>%1 by %2; you may %3.</source>
        <translation>%1 von %2; Sie können %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for you</source>
        <translation>
            <numerusform>%n Antrag wartet auf Sie</numerusform>
            <numerusform>%n Anträge warten auf Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) for you</source>
        <translation>
            <numerusform>%n Änderung für Sie</numerusform>
            <numerusform>%n Änderungen für Sie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere Meldung</numerusform>
            <numerusform> und %n weitere Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(by %1%2)</source>
        <translation>(von %1%2)</translation>
    </message>
    <message>
        <source>The console is offline</source>
        <translation>Die Konsole ist offline</translation>
    </message>
    <message>
        <source>Signed out by the server</source>
        <translation>Vom Server abgemeldet</translation>
    </message>
    <message>
        <source>Live updates stopped; the tables may be out of date.</source>
        <translation>Keine Live-Aktualisierungen mehr; die Tabellen sind womöglich nicht mehr aktuell.</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>Keine Live-Aktualisierungen mehr: %1</translation>
    </message>
    <message>
        <source>Live again</source>
        <translation>Wieder live</translation>
    </message>
    <message numerus="yes">
        <source>Back after %n minute(s) offline; every table was fetched again.</source>
        <translation>
            <numerusform>Nach %n Minute offline wieder da; alle Tabellen wurden neu abgerufen.</numerusform>
            <numerusform>Nach %n Minuten offline wieder da; alle Tabellen wurden neu abgerufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 was sent back for changes.</source>
        <translation>Antrag %1 wurde zur Überarbeitung zurückgeschickt.</translation>
    </message>
</context>
<context>
    <name>Dms::ApiClient</name>
    <message>
        <source>%1 does not look like a DMS server: %2</source>
        <translation>%1 sieht nicht wie ein DMS-Server aus: %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not trusted</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet</source>
        <translation>das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another host name</source>
        <translation>das Zertifikat des Servers gilt für einen anderen Hostnamen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has been revoked</source>
        <translation>das Zertifikat des Servers wurde widerrufen</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2. If the server uses a private certificate authority, add its CA certificate (--ca-file or the connection settings).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Wenn der Server eine private Zertifizierungsstelle verwendet, fügen Sie deren CA-Zertifikat hinzu (--ca-file oder die Verbindungseinstellungen).</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>Cannot reach %1: the connection was refused (is the server running?)</source>
        <translation>%1 ist nicht erreichbar: Die Verbindung wurde abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <source>Cannot reach %1: host not found</source>
        <translation>%1 ist nicht erreichbar: Host nicht gefunden</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: %2</source>
        <translation>%1 ist über den Proxy nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Not signed in, or the session has expired</source>
        <translation>Nicht angemeldet, oder die Sitzung ist abgelaufen</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not possible in the current state</source>
        <translation>Im aktuellen Zustand nicht möglich</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>Fehler auf dem Server</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unerwartete Antwort des Servers</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No PEM certificate found in %1</source>
        <translation>Kein PEM-Zertifikat in %1 gefunden</translation>
    </message>
    <message>
        <source>Invalid certificate in %1</source>
        <translation>Ungültiges Zertifikat in %1</translation>
    </message>
    <message>
        <source>No server address is set</source>
        <translation>Keine Serveradresse festgelegt</translation>
    </message>
    <message>
        <source>Refused to follow a link to another server (%1)</source>
        <translation>Einem Link zu einem anderen Server wurde nicht gefolgt (%1)</translation>
    </message>
    <message>
        <source>the answer to %1 was larger than %2 bytes; it was cut off and not used</source>
        <translation>die Antwort auf %1 war größer als %2 Bytes; sie wurde abgeschnitten und nicht verwendet</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s; it was cut off and nothing of it was used</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig; die Anfrage wurde abgebrochen und nichts davon verwendet</translation>
    </message>
    <message>
        <source>the answer to %1 is not JSON</source>
        <translation>die Antwort auf %1 ist kein JSON</translation>
    </message>
    <message>
        <source>The server refused the renewed session (HTTP 401)</source>
        <translation>Der Server hat die erneuerte Sitzung abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>the sign-in answer lacks the tokens or the user</source>
        <translation>der Anmeldeantwort fehlen die Tokens oder der Benutzer</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>it has no sign-in endpoint (HTTP %1)</source>
        <translation>er hat keinen Anmelde-Endpunkt (HTTP %1)</translation>
    </message>
    <message>
        <source>Signed out while refreshing</source>
        <translation>Während der Erneuerung abgemeldet</translation>
    </message>
    <message>
        <source>the refresh answer has no access token</source>
        <translation>die Erneuerungsantwort enthält kein Zugriffstoken</translation>
    </message>
    <message>
        <source>Your session has expired: sign in again</source>
        <translation>Ihre Sitzung ist abgelaufen: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>the answer about the user lacks its id</source>
        <translation>der Antwort über den Benutzer fehlt seine ID</translation>
    </message>
</context>
<context>
    <name>Dms::AuditPanel</name>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Keep the newest entry in view</source>
        <translation>Den neuesten Eintrag sichtbar halten</translation>
    </message>
    <message>
        <source>Save the entries shown now (filters applied) as a CSV file</source>
        <translation type="vanished">Die jetzt angezeigten Einträge (mit Filtern) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>Nach Objekt filtern</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n audit entries to %1.</source>
        <translation type="vanished">
            <numerusform>%n Audit-Eintrag in %1 gespeichert.</numerusform>
            <numerusform>%n Audit-Einträge in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="vanished">%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation type="vanished">Audit-Einträge exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
</context>
<context>
    <name>Dms::ClearText</name>
    <message>
        <source>%1 is plain http:// to another machine: your password, your signature passwords and your tokens would cross the network unencrypted, readable by anyone on the way. Use https://, or accept the risk explicitly (--allow-insecure-http).</source>
        <translation>%1 ist unverschlüsseltes http:// zu einem anderen Rechner: Ihr Passwort, Ihre Signaturpasswörter und Ihre Tokens würden unverschlüsselt durch das Netz gehen, lesbar für jeden auf dem Weg. Verwenden Sie https://, oder nehmen Sie das Risiko ausdrücklich in Kauf (--allow-insecure-http).</translation>
    </message>
</context>
<context>
    <name>Dms::Cli</name>
    <message>
        <source>usage:
  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]
                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]
                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]
                     [--queries KEY,...] [--ca-file PEM] [--token-in-header]
                     [--remember] [--no-keychain] [--allow-insecure-http]
  dms-console status --server URL --user NAME [--password-stdin] [--pings N] [--json]
                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]
                     [--allow-insecure-http]
The password comes from --password-stdin, DMS_PASSWORD or the keychain; never an argument.
Exit codes: 0 ok, 1 unhealthy, 2 usage, 3 authentication failed.
</source>
        <translation type="vanished">Aufruf:
  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]
                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]
                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]
                     [--queries KEY,...] [--ca-file PEM] [--token-in-header]
                     [--remember] [--no-keychain] [--allow-insecure-http]
  dms-console status --server URL --user NAME [--password-stdin] [--pings N] [--json]
                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]
                     [--allow-insecure-http]
Das Passwort kommt aus --password-stdin, DMS_PASSWORD oder dem Schlüsselbund, nie aus einem Argument.
Exit-Codes: 0 in Ordnung, 1 gestört, 2 falscher Aufruf, 3 Authentifizierung fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>expected a command: watch or status</source>
        <translation>Befehl erwartet: watch oder status</translation>
    </message>
    <message>
        <source>%1 needs a value in seconds</source>
        <translation type="vanished">%1 benötigt einen Wert in Sekunden</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of seconds</source>
        <translation type="vanished">%1: „%2“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation type="vanished">%1 benötigt eine Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number from %3 to %4</source>
        <translation type="vanished">%1: „%2“ ist keine Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--server needs a URL</source>
        <translation type="vanished">--server benötigt eine URL</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>--server: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation type="vanished">--user benötigt einen Namen</translation>
    </message>
    <message>
        <source>--password is not accepted: a password on the command line leaks into process lists and shell history; use --password-stdin or DMS_PASSWORD</source>
        <translation type="vanished">--password wird nicht akzeptiert: Ein Passwort auf der Kommandozeile landet in Prozesslisten und im Shell-Verlauf; verwenden Sie --password-stdin oder DMS_PASSWORD</translation>
    </message>
    <message>
        <source>--profile needs a name or a file</source>
        <translation type="vanished">--profile benötigt einen Namen oder eine Datei</translation>
    </message>
    <message>
        <source>--ca-file needs a PEM file</source>
        <translation type="vanished">--ca-file benötigt eine PEM-Datei</translation>
    </message>
    <message>
        <source>--ping-interval must be at least 0.01 s</source>
        <translation type="vanished">--ping-interval muss mindestens 0,01 s betragen</translation>
    </message>
    <message>
        <source>--pong-timeout must be at least 0.01 s</source>
        <translation type="vanished">--pong-timeout muss mindestens 0,01 s betragen</translation>
    </message>
    <message>
        <source>--queries needs a comma-separated list of query keys</source>
        <translation type="vanished">--queries benötigt eine kommagetrennte Liste von Abfrageschlüsseln</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL ist erforderlich</translation>
    </message>
    <message>
        <source>--user NAME is required</source>
        <translation>--user NAME ist erforderlich</translation>
    </message>
    <message>
        <source>--reconnect-cap must not be below --reconnect-base</source>
        <translation>--reconnect-cap darf nicht unter --reconnect-base liegen</translation>
    </message>
    <message>
        <source>--password-stdin given but standard input is empty</source>
        <translation>--password-stdin angegeben, aber die Standardeingabe ist leer</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>server   %1</source>
        <translation>Server   %1</translation>
    </message>
    <message>
        <source>user     %1 (%2, unit %3)</source>
        <translation>Benutzer %1 (%2, Einheit %3)</translation>
    </message>
    <message>
        <source>state    %1</source>
        <translation>Zustand  %1</translation>
    </message>
    <message>
        <source>rtt      min %1 ms, median %2 ms, max %3 ms (%4 of %5 pongs)</source>
        <translation>RTT      min. %1 ms, Median %2 ms, max. %3 ms (%4 von %5 Pongs)</translation>
    </message>
    <message>
        <source>clock    server is %1 ms %2 of this machine</source>
        <translation>Uhr      Server geht %1 ms %2 als dieser Rechner</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>problem  %1</source>
        <translation>Problem  %1</translation>
    </message>
    <message>
        <source>healthy  %1</source>
        <translation>gesund   %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>usage:
  dms-console report merge a.json b.json … --out all.json [--junit all.xml] [--quiet]
  dms-console report html in.json --out out.html
merge combines the reports of the shards of one run (dms-console simulate --shard K/N
--report …): counts and histogram buckets add up, so the percentiles are exact.
Exit codes: 0 the merged run passes its thresholds, 1 it fails, 2 bad input.
html writes a report as one self-contained page (no network, no other file) with the
verdicts, charts and the per-user table (docs/qa-reports.md).
Exit codes: 0 written, 2 bad input.

  dms-console report diff baseline.json current.json [--max-regression NAME=LIMIT …]
                          [--json diff.json]
Compares every metric of two runs (the names thresholds use: p95_ms, delivery, leaks, …)
and prints the change of each. --max-regression replaces a metric&apos;s default limit:
p95_ms=10% (a share of the baseline) or p95_ms=50 (in the metric&apos;s unit, here ms);
repeatable, and both kinds for one metric apply together (past both regresses).
Exit codes: 0 nothing regressed past its limit, 1 something did, 2 bad input.
</source>
        <translation type="vanished">Aufruf:
  dms-console report merge a.json b.json … --out all.json [--junit all.xml] [--quiet]
  dms-console report html in.json --out out.html
merge führt die Berichte der Shards eines Laufs zusammen (dms-console simulate --shard K/N
--report …): Zählwerte und Histogramm-Klassen werden addiert, die Perzentile sind also exakt.
Exit-Codes: 0 der zusammengeführte Lauf erfüllt seine Schwellenwerte, 1 nicht, 2 ungültige Eingabe.
html schreibt einen Bericht als eine in sich geschlossene Seite (kein Netz, keine weitere Datei) mit
den Urteilen, Diagrammen und der Tabelle je Benutzer (docs/qa-reports.md).
Exit-Codes: 0 geschrieben, 2 ungültige Eingabe.

  dms-console report diff baseline.json current.json [--max-regression NAME=LIMIT …]
                          [--json diff.json]
Vergleicht jede Kennzahl zweier Läufe (die Namen der Schwellenwerte: p95_ms, delivery, leaks, …)
und gibt die Änderung jeder aus. --max-regression ersetzt das Standardlimit einer Kennzahl:
p95_ms=10% (ein Anteil der Basislinie) oder p95_ms=50 (in der Einheit der Kennzahl, hier ms);
wiederholbar, und beide Arten für eine Kennzahl gelten zusammen (erst jenseits beider ist es eine Verschlechterung).
Exit-Codes: 0 nichts hat sich über sein Limit verschlechtert, 1 etwas doch, 2 ungültige Eingabe.
</translation>
    </message>
    <message>
        <source>expected: report merge FILES… --out FILE, report html FILE --out FILE or report diff BASELINE CURRENT</source>
        <translation>erwartet: report merge DATEIEN… --out DATEI, report html DATEI --out DATEI oder report diff BASIS AKTUELL</translation>
    </message>
    <message>
        <source>%1 needs a file</source>
        <translation type="vanished">%1 benötigt eine Datei</translation>
    </message>
    <message>
        <source>no reports to merge</source>
        <translation>keine Berichte zum Zusammenführen</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>expected: report html FILE --out FILE</source>
        <translation type="vanished">erwartet: report html DATEI --out DATEI</translation>
    </message>
    <message>
        <source>a second report &quot;%1&quot;: give one (merge shards first: report merge)</source>
        <translation>ein zweiter Bericht „%1“: Geben Sie nur einen an (Shards zuerst zusammenführen: report merge)</translation>
    </message>
    <message>
        <source>no report given</source>
        <translation>kein Bericht angegeben</translation>
    </message>
    <message>
        <source>expected: report diff BASELINE CURRENT</source>
        <translation type="vanished">erwartet: report diff BASIS AKTUELL</translation>
    </message>
    <message>
        <source>--max-regression needs NAME=LIMIT, e.g. p95_ms=10%</source>
        <translation type="vanished">--max-regression benötigt NAME=LIMIT, z. B. p95_ms=10%</translation>
    </message>
    <message>
        <source>--max-regression %1</source>
        <translation>--max-regression %1</translation>
    </message>
    <message>
        <source>--json needs a file</source>
        <translation type="vanished">--json benötigt eine Datei</translation>
    </message>
    <message>
        <source>expected two reports, the baseline and the current run; got %1</source>
        <translation>zwei Berichte erwartet, die Basislinie und den aktuellen Lauf; erhalten: %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>dms-console report diff: warning: %1</source>
        <translation>dms-console report diff: Warnung: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3
</source>
        <translation>%1: %2, %3
</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>usage:
  dms-console simulate SCENARIO --server URL [--server URL2 …] [--users-file CSV]
                       [--users N] [--units M] [--rate R] [--duration S]
                       [--threshold &quot;p95_ms &lt; 100&quot; …]
                       [--report out.json] [--junit out.xml] [--csv samples.csv]
                       [--html out.html]
                       [--shard K/N] [--admin NAME | --no-admin] [--network-managers N]
                       [--profile dms-updates] [--ca-file PEM] [--quiet]
                       [--allow-insecure-http]
  dms-console simulate --list
SCENARIO is a built-in name (approve-fanout, unit-isolation, …) or a JSON file
(docs/scenarios.md). Without --users-file the users follow the demo pattern
u{unit}_{req|appr|head|uadmin}{k} with the demo password; a users file holds
username,password,unit[,role] lines (seed_demo --users-csv writes one). The admin&apos;s
password comes from the users file or DMS_ADMIN_PASSWORD, never from an argument.
--threshold (repeatable) replaces the scenario&apos;s thresholds: &quot;METRIC OP NUMBER&quot;, then
optionally &quot;@STAGE&quot; (within one stage of a ramping scenario) and &quot;abort_on_fail&quot; (end
the run, exit 1, as soon as it fails). --html writes the report as
one self-contained page for a reviewer (docs/qa-reports.md).
Exit codes: 0 every threshold passed, 1 one failed (or aborted the run), 2 bad scenario
or arguments.
</source>
        <translation type="vanished">Aufruf:
  dms-console simulate SCENARIO --server URL [--server URL2 …] [--users-file CSV]
                       [--users N] [--units M] [--rate R] [--duration S]
                       [--threshold &quot;p95_ms &lt; 100&quot; …]
                       [--report out.json] [--junit out.xml] [--csv samples.csv]
                       [--html out.html]
                       [--shard K/N] [--admin NAME | --no-admin] [--network-managers N]
                       [--profile dms-updates] [--ca-file PEM] [--quiet]
                       [--allow-insecure-http]
  dms-console simulate --list
SCENARIO ist ein eingebauter Name (approve-fanout, unit-isolation, …) oder eine JSON-Datei
(docs/scenarios.md). Ohne --users-file folgen die Benutzer dem Demo-Muster
u{unit}_{req|appr|head|uadmin}{k} mit dem Demo-Passwort; eine Benutzerdatei enthält
Zeilen username,password,unit[,role] (seed_demo --users-csv schreibt eine). Das Passwort
des Administrators kommt aus der Benutzerdatei oder DMS_ADMIN_PASSWORD, nie aus einem Argument.
--threshold (wiederholbar) ersetzt die Schwellenwerte des Szenarios: „METRIK OP ZAHL“, dann
optional „@STUFE“ (innerhalb einer Stufe eines ansteigenden Szenarios) und „abort_on_fail“ (beendet
den Lauf mit Exit-Code 1, sobald er verletzt ist). --html schreibt den Bericht als
eine in sich geschlossene Seite für Prüfende (docs/qa-reports.md).
Exit-Codes: 0 alle Schwellenwerte bestanden, 1 einer nicht bestanden (oder Lauf abgebrochen), 2 ungültiges
Szenario oder ungültige Argumente.
</translation>
    </message>
    <message>
        <source>expected the command simulate</source>
        <translation>Befehl simulate erwartet</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 benötigt %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="vanished">eine Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number above 0</source>
        <translation type="vanished">%1: „%2“ ist keine Zahl größer als 0</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="vanished">eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from 1 to %3</source>
        <translation type="vanished">%1: „%2“ ist keine ganze Zahl von 1 bis %3</translation>
    </message>
    <message>
        <source>a URL</source>
        <translation type="vanished">eine URL</translation>
    </message>
    <message>
        <source>a CSV file</source>
        <translation type="vanished">eine CSV-Datei</translation>
    </message>
    <message>
        <source>a rule like &quot;p95_ms &lt; 100&quot;</source>
        <translation type="vanished">eine Regel wie „p95_ms &lt; 100“</translation>
    </message>
    <message>
        <source>a file</source>
        <translation type="vanished">eine Datei</translation>
    </message>
    <message>
        <source>K/N</source>
        <translation type="vanished">K/N</translation>
    </message>
    <message>
        <source>a user name</source>
        <translation type="vanished">einen Benutzernamen</translation>
    </message>
    <message>
        <source>a name or a file</source>
        <translation type="vanished">einen Namen oder eine Datei</translation>
    </message>
    <message>
        <source>a PEM file</source>
        <translation type="vanished">eine PEM-Datei</translation>
    </message>
    <message>
        <source>%1 is not accepted: passwords on the command line leak into process lists; use the users file or DMS_ADMIN_PASSWORD</source>
        <translation type="vanished">%1 wird nicht akzeptiert: Passwörter auf der Kommandozeile landen in Prozesslisten; verwenden Sie die Benutzerdatei oder DMS_ADMIN_PASSWORD</translation>
    </message>
    <message>
        <source>a second scenario &quot;%1&quot;: give one scenario per run</source>
        <translation>ein zweites Szenario „%1“: Geben Sie ein Szenario pro Lauf an</translation>
    </message>
    <message>
        <source>no scenario given (a built-in name or a JSON file)</source>
        <translation>kein Szenario angegeben (ein eingebauter Name oder eine JSON-Datei)</translation>
    </message>
    <message>
        <source>--admin and --no-admin exclude each other</source>
        <translation>--admin und --no-admin schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>dms-console simulate: --csv: cannot write %1: %2</source>
        <translation>dms-console simulate: --csv: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>usage:
  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]
                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]
                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]
                     [--queries KEY,...] [--until-ready] [--ca-file PEM] [--token-in-header]
                     [--remember] [--no-keychain] [--allow-insecure-http] [--raw]
                     [--metrics-port P] [--metrics-address ADDR]
  dms-console status --server URL --user NAME [--password-stdin] [--pings N]
                     [--format text|json|nagios|prometheus] [--json]
                     [--warning RTT[,TTL]] [--critical RTT[,TTL]] (ms, nagios ranges)
                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]
                     [--allow-insecure-http]
The password comes from --password-stdin, DMS_PASSWORD or the keychain; never an argument.
Exit codes: 0 ok, 1 unhealthy, 2 usage, 3 authentication failed;
with --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (usage, authentication).
</source>
        <translation type="vanished">Aufruf:
  dms-console watch  --server URL --user NAME [--password-stdin] [--profile dms-updates]
                     [--ping-interval S] [--pong-timeout S] [--reconnect-base S]
                     [--reconnect-cap S] [--max-attempts N] [--offline-retry S] [--duration S]
                     [--queries KEY,...] [--until-ready] [--ca-file PEM] [--token-in-header]
                     [--remember] [--no-keychain] [--allow-insecure-http] [--raw]
                     [--metrics-port P] [--metrics-address ADDR]
  dms-console status --server URL --user NAME [--password-stdin] [--pings N]
                     [--format text|json|nagios|prometheus] [--json]
                     [--warning RTT[,TTL]] [--critical RTT[,TTL]] (ms, nagios ranges)
                     [--timeout S] [--ca-file PEM] [--token-in-header] [--no-keychain]
                     [--allow-insecure-http]
Das Passwort kommt aus --password-stdin, DMS_PASSWORD oder dem Schlüsselbund, nie aus einem Argument.
Exit-Codes: 0 in Ordnung, 1 gestört, 2 falscher Aufruf, 3 Authentifizierung fehlgeschlagen;
mit --format nagios: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (falscher Aufruf, Authentifizierung).
</translation>
    </message>
    <message>
        <source>--format needs text, json, nagios or prometheus</source>
        <translation type="vanished">--format benötigt text, json, nagios oder prometheus</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not text, json, nagios or prometheus</source>
        <translation type="vanished">--format: „%1“ ist nicht text, json, nagios oder prometheus</translation>
    </message>
    <message>
        <source>%1 needs RTT[,TTL]: threshold ranges in milliseconds</source>
        <translation type="vanished">%1 benötigt RTT[,TTL]: Schwellenbereiche in Millisekunden</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than two ranges (RTT,TTL)</source>
        <translation>%1: „%2“ hat mehr als zwei Bereiche (RTT,TTL)</translation>
    </message>
    <message>
        <source>--metrics-address needs an IP address, e.g. 127.0.0.1 or ::1</source>
        <translation>--metrics-address benötigt eine IP-Adresse, z. B. 127.0.0.1 oder ::1</translation>
    </message>
    <message>
        <source>--format, --warning and --critical are options of status; watch prints JSON lines</source>
        <translation type="vanished">--format, --warning und --critical sind Optionen von status; watch gibt JSON-Zeilen aus</translation>
    </message>
    <message>
        <source>--raw and --metrics-port are options of watch</source>
        <translation type="vanished">--raw und --metrics-port sind Optionen von watch</translation>
    </message>
    <message>
        <source>--warning and --critical need --format nagios</source>
        <translation>--warning und --critical benötigen --format nagios</translation>
    </message>
    <message>
        <source>authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 of %2 pongs</source>
        <translation>%1 von %2 Pongs</translation>
    </message>
    <message>
        <source>%1 %2 ms (critical %3)</source>
        <translation>%1 %2 ms (kritisch %3)</translation>
    </message>
    <message>
        <source>%1 %2 ms (warning %3)</source>
        <translation>%1 %2 ms (Warnung %3)</translation>
    </message>
    <message>
        <source>rtt</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>time to Live</source>
        <translation>Zeit bis Live</translation>
    </message>
    <message>
        <source>live at %1</source>
        <translation>live bei %1</translation>
    </message>
    <message>
        <source>rtt %1 ms median (%2 of %3 pongs)</source>
        <translation>RTT %1 ms Median (%2 von %3 Pongs)</translation>
    </message>
    <message>
        <source>rtt not measured: this dialect has no heartbeat</source>
        <translation>RTT nicht gemessen: Dieser Dialekt hat keinen Heartbeat</translation>
    </message>
    <message>
        <source>time to Live %1 ms</source>
        <translation>Zeit bis Live %1 ms</translation>
    </message>
    <message>
        <source>clock offset %1 ms</source>
        <translation>Uhrenversatz %1 ms</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1:%2: %3</source>
        <translation>Metriken können auf %1:%2 nicht bereitgestellt werden: %3</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>%1 is not accepted: passwords and tokens on the command line leak into process lists and shell history; %2</source>
        <translation>%1 wird nicht angenommen: Passwörter und Tokens auf der Befehlszeile gelangen in Prozesslisten und die Shell-History; %2</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (an option of %2)</source>
        <translation>unbekannte Option „%1“ (eine Option von %2)</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: the commands are watch, status, simulate and report</source>
        <translation>unbekannter Befehl „%1“: die Befehle sind watch, status, simulate und report</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of seconds from %3 to %4</source>
        <translation>%1: „%2“ ist keine Anzahl Sekunden von %3 bis %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1: „%2“ ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number above %3 and at most %4</source>
        <translation>%1: „%2“ ist keine Zahl über %3 und höchstens %4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Commands (they need no display):</source>
        <translation>Befehle (sie brauchen keine Anzeige):</translation>
    </message>
    <message>
        <source>Options of the window:</source>
        <translation>Optionen des Fensters:</translation>
    </message>
    <message>
        <source>Run &quot;dms-console COMMAND --help&quot; for the options of a command, and &quot;man dms-console&quot; for the environment and files.</source>
        <translation>„dms-console BEFEHL --help“ zeigt die Optionen eines Befehls, „man dms-console“ die Umgebungsvariablen und Dateien.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options, an example and the exit codes.</source>
        <translation>„%1 --help“ zeigt die Optionen, ein Beispiel und die Exit-Codes.</translation>
    </message>
    <message>
        <source>The DMS to sign in to, an http:// or https:// URL. Plain http:// to anything but this machine&apos;s loopback is refused unless --allow-insecure-http is given.</source>
        <translation>Das DMS, bei dem Sie sich anmelden, eine http://- oder https://-URL. Unverschlüsseltes http:// zu etwas anderem als dem Loopback dieses Rechners wird abgelehnt, außer mit --allow-insecure-http.</translation>
    </message>
    <message>
        <source>The user to sign in as.</source>
        <translation>Der Benutzer, als der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (without it: DMS_PASSWORD, else the keychain).</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen (ohne diese Option: DMS_PASSWORD, sonst der Schlüsselbund).</translation>
    </message>
    <message>
        <source>The dialect profile: dms-updates (the default), dms-channels, hycon-first-message, or a JSON file.</source>
        <translation>Das Dialektprofil: dms-updates (Standard), dms-channels, hycon-first-message oder eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Trust the certificate authorities in this PEM file in addition to the system&apos;s. Certificates are always verified.</source>
        <translation>Den Zertifizierungsstellen in dieser PEM-Datei zusätzlich zu denen des Systems vertrauen. Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>Send the access token in an Authorization header on the WebSocket handshake instead of in the URL.</source>
        <translation>Das Zugriffstoken beim WebSocket-Handshake in einem Authorization-Header statt in der URL senden.</translation>
    </message>
    <message>
        <source>Remember the refresh token in the keychain.</source>
        <translation>Das Aktualisierungstoken im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Do not use the keychain; secrets stay in memory.</source>
        <translation>Den Schlüsselbund nicht verwenden; Geheimnisse bleiben im Speicher.</translation>
    </message>
    <message>
        <source>Accept sending the password and tokens unencrypted over http:// to another machine.</source>
        <translation>Zulassen, dass Passwort und Tokens unverschlüsselt über http:// an einen anderen Rechner gehen.</translation>
    </message>
    <message>
        <source>The language of messages and help: en, de or hi (default: the system locale). JSON, CSV and JUnit output stays English.</source>
        <translation>Die Sprache der Meldungen und der Hilfe: en, de oder hi (Standard: die Systemsprache). JSON-, CSV- und JUnit-Ausgaben bleiben englisch.</translation>
    </message>
    <message>
        <source>Send a heartbeat every S seconds (default 30).</source>
        <translation>Alle S Sekunden einen Heartbeat senden (Standard 30).</translation>
    </message>
    <message>
        <source>Drop and replace the connection when no frame arrives within S seconds of a ping (default 10).</source>
        <translation>Die Verbindung verwerfen und ersetzen, wenn binnen S Sekunden nach einem Ping kein Frame ankommt (Standard 10).</translation>
    </message>
    <message>
        <source>First reconnect delay; it doubles per attempt, with full jitter (default 1).</source>
        <translation>Erste Wartezeit vor dem Neuverbinden; sie verdoppelt sich je Versuch, mit vollem Jitter (Standard 1).</translation>
    </message>
    <message>
        <source>Longest reconnect delay (default 30; not below --reconnect-base).</source>
        <translation>Längste Wartezeit vor dem Neuverbinden (Standard 30; nicht unter --reconnect-base).</translation>
    </message>
    <message>
        <source>Reconnect attempts before the session is Offline (default 10; 0: never give up).</source>
        <translation>Verbindungsversuche, bevor die Sitzung Offline ist (Standard 10; 0: nie aufgeben).</translation>
    </message>
    <message>
        <source>While Offline, try once more every S seconds (default 60; 0: wait for the network to come back).</source>
        <translation>Im Zustand Offline alle S Sekunden einen weiteren Versuch (Standard 60; 0: warten, bis das Netz zurück ist).</translation>
    </message>
    <message>
        <source>The DMS, an http:// or https:// URL (required). Plain http:// to anything but this machine&apos;s loopback is refused unless --allow-insecure-http is given.</source>
        <translation>Das DMS, eine http://- oder https://-URL (erforderlich). Unverschlüsseltes http:// zu etwas anderem als dem Loopback dieses Rechners wird abgelehnt, außer mit --allow-insecure-http.</translation>
    </message>
    <message>
        <source>The user to sign in as (required).</source>
        <translation>Der Benutzer, als der Sie sich anmelden (erforderlich).</translation>
    </message>
    <message>
        <source>use --password-stdin or DMS_PASSWORD</source>
        <translation>verwenden Sie --password-stdin oder DMS_PASSWORD</translation>
    </message>
    <message>
        <source>Open the console window.</source>
        <translation>Das Konsolenfenster öffnen.</translation>
    </message>
    <message>
        <source>Without a command dms-console opens the window. Without --server it asks for the server, the user and the password in the sign-in dialog; with --server and --user it signs in at once, the password from DMS_PASSWORD or the keychain.</source>
        <translation>Ohne Befehl öffnet dms-console das Fenster. Ohne --server fragt es im Anmeldedialog nach Server, Benutzer und Passwort; mit --server und --user meldet es sich sofort an, das Passwort aus DMS_PASSWORD oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The DMS to sign in to, an http:// or https:// URL.</source>
        <translation>Das DMS, bei dem Sie sich anmelden, eine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The user to sign in as; the password comes from DMS_PASSWORD or the keychain.</source>
        <translation>Der Benutzer, als der Sie sich anmelden; das Passwort kommt aus DMS_PASSWORD oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Exit 0 at once if this build has a window and a display is set, else 2: for scripts choosing between the window and a headless command.</source>
        <translation>Sofort mit 0 beenden, wenn dieser Build ein Fenster hat und eine Anzeige gesetzt ist, sonst mit 2: für Skripte, die zwischen Fenster und einem Befehl ohne Anzeige wählen.</translation>
    </message>
    <message>
        <source>Open the window signed in to the demo server:</source>
        <translation>Das Fenster am Demo-Server angemeldet öffnen:</translation>
    </message>
    <message>
        <source>the window was closed</source>
        <translation>das Fenster wurde geschlossen</translation>
    </message>
    <message>
        <source>usage error, or no display to open the window on</source>
        <translation>falscher Aufruf, oder keine Anzeige, auf der sich das Fenster öffnen ließe</translation>
    </message>
    <message>
        <source>use DMS_PASSWORD or the sign-in dialog</source>
        <translation>verwenden Sie DMS_PASSWORD oder den Anmeldedialog</translation>
    </message>
    <message>
        <source>Hold one live session and print what happens as JSON lines.</source>
        <translation>Eine Live-Sitzung halten und als JSON-Zeilen ausgeben, was geschieht.</translation>
    </message>
    <message>
        <source>Signs in, keeps the listed queries active, holds one live session that reconnects and sends heartbeats, and prints one JSON object per line on standard output (signed_in, state, frame, heartbeat, invalidate, fetch, missed, error, summary, …). It runs until --duration has passed or until SIGINT or SIGTERM. Log lines go to standard error.</source>
        <translation>Meldet sich an, hält die genannten Abfragen aktiv, hält eine Live-Sitzung, die sich neu verbindet und Heartbeats sendet, und gibt je Zeile ein JSON-Objekt auf der Standardausgabe aus (signed_in, state, frame, heartbeat, invalidate, fetch, missed, error, summary, …). Läuft, bis --duration vergangen ist oder bis SIGINT oder SIGTERM. Protokollzeilen gehen auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Stop after S seconds (default 0: until SIGINT or SIGTERM).</source>
        <translation>Nach S Sekunden aufhören (Standard 0: bis SIGINT oder SIGTERM).</translation>
    </message>
    <message>
        <source>The queries to keep active (default: every list the profile routes, e.g. withdrawal-requests, crates, audit).</source>
        <translation>Die aktiv gehaltenen Abfragen (Standard: jede Liste, die das Profil kennt, z. B. withdrawal-requests, crates, audit).</translation>
    </message>
    <message>
        <source>End as soon as the session is Live and every query&apos;s first fetch has succeeded: one ready line, the summary, exit 0.</source>
        <translation>Enden, sobald die Sitzung Live ist und der erste Abruf jeder Abfrage gelungen ist: eine ready-Zeile, die Zusammenfassung, Exit 0.</translation>
    </message>
    <message>
        <source>Also print every frame in and out (its first 4 KiB) as a raw line, tokens and passwords replaced by ***.</source>
        <translation>Zusätzlich jeden ein- und ausgehenden Frame (seine ersten 4 KiB) als raw-Zeile ausgeben, Tokens und Passwörter durch *** ersetzt.</translation>
    </message>
    <message>
        <source>Serve the session&apos;s counters as OpenMetrics on http://127.0.0.1:P/metrics while watch runs (0: a free port).</source>
        <translation>Die Zähler der Sitzung als OpenMetrics unter http://127.0.0.1:P/metrics bereitstellen, solange watch läuft (0: ein freier Port).</translation>
    </message>
    <message>
        <source>The address /metrics listens on (default 127.0.0.1).</source>
        <translation>Die Adresse, auf der /metrics lauscht (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Watch the demo server for a minute, a heartbeat every 5 seconds:</source>
        <translation>Den Demo-Server eine Minute lang beobachten, alle 5 Sekunden ein Heartbeat:</translation>
    </message>
    <message>
        <source>the session ended Live (with --until-ready: and ready)</source>
        <translation>die Sitzung endete Live (mit --until-ready: und bereit)</translation>
    </message>
    <message>
        <source>unhealthy: it ended Offline or Reconnecting, the server was unreachable, or it was not ready</source>
        <translation>gestört: sie endete Offline oder beim Neuverbinden, der Server war nicht erreichbar, oder sie war nicht bereit</translation>
    </message>
    <message>
        <source>usage error (the message names the option)</source>
        <translation>falscher Aufruf (die Meldung nennt die Option)</translation>
    </message>
    <message>
        <source>authentication failed (wrong password, or the session could not be renewed)</source>
        <translation>Authentifizierung fehlgeschlagen (falsches Passwort, oder die Sitzung ließ sich nicht erneuern)</translation>
    </message>
    <message>
        <source>Check a server&apos;s health once; the exit code says healthy or not.</source>
        <translation>Den Zustand eines Servers einmal prüfen; der Exit-Code sagt, ob er in Ordnung ist.</translation>
    </message>
    <message>
        <source>Signs in, goes Live (one attempt), sends a few pings and prints the state, the round-trip times and the server&apos;s clock offset. With --format nagios it is a monitoring plugin; with --format prometheus it writes OpenMetrics for node_exporter&apos;s textfile collector (docs/monitoring.md).</source>
        <translation>Meldet sich an, geht Live (ein Versuch), sendet einige Pings und gibt den Zustand, die Umlaufzeiten und die Uhrabweichung des Servers aus. Mit --format nagios ist es ein Monitoring-Plugin; mit --format prometheus schreibt es OpenMetrics für den Textfile-Collector von node_exporter (docs/monitoring.md).</translation>
    </message>
    <message>
        <source>What to print: text (the default), json (one JSON line), nagios (one monitoring-plugin line with perfdata) or prometheus (OpenMetrics text).</source>
        <translation>Was ausgegeben wird: text (Standard), json (eine JSON-Zeile), nagios (eine Monitoring-Plugin-Zeile mit Perfdata) oder prometheus (OpenMetrics-Text).</translation>
    </message>
    <message>
        <source>Pings to send (default 3).</source>
        <translation>Zu sendende Pings (Standard 3).</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>Dasselbe wie --format json.</translation>
    </message>
    <message>
        <source>With --format nagios: the WARNING ranges in milliseconds, of the median round-trip time and, after a comma, of the time to Live (e.g. 200,2000).</source>
        <translation>Mit --format nagios: die WARNING-Bereiche in Millisekunden, für die mittlere Umlaufzeit und, nach einem Komma, für die Zeit bis Live (z. B. 200,2000).</translation>
    </message>
    <message>
        <source>With --format nagios: the CRITICAL ranges, as for --warning (e.g. 1000,10000).</source>
        <translation>Mit --format nagios: die CRITICAL-Bereiche, wie bei --warning (z. B. 1000,10000).</translation>
    </message>
    <message>
        <source>Give up after S seconds (default 20).</source>
        <translation>Nach S Sekunden aufgeben (Standard 20).</translation>
    </message>
    <message>
        <source>A health check for monitoring, the password on standard input:</source>
        <translation>Eine Zustandsprüfung fürs Monitoring, das Passwort auf der Standardeingabe:</translation>
    </message>
    <message>
        <source>A Nagios or Icinga check:</source>
        <translation>Eine Nagios- oder Icinga-Prüfung:</translation>
    </message>
    <message>
        <source>healthy (--format nagios: OK)</source>
        <translation>in Ordnung (--format nagios: OK)</translation>
    </message>
    <message>
        <source>unhealthy (--format nagios: WARNING)</source>
        <translation>gestört (--format nagios: WARNING)</translation>
    </message>
    <message>
        <source>usage error (--format nagios: CRITICAL: down, unreachable, not Live, or a --critical range)</source>
        <translation>falscher Aufruf (--format nagios: CRITICAL: ausgefallen, nicht erreichbar, nicht Live oder ein --critical-Bereich)</translation>
    </message>
    <message>
        <source>authentication failed (--format nagios: UNKNOWN, also for a usage error)</source>
        <translation>Authentifizierung fehlgeschlagen (--format nagios: UNKNOWN, auch bei falschem Aufruf)</translation>
    </message>
    <message>
        <source>Run a multi-user sync scenario against servers and check its thresholds.</source>
        <translation>Ein Synchronisationsszenario mit vielen Benutzern gegen Server ausführen und seine Schwellen prüfen.</translation>
    </message>
    <message>
        <source>Runs a multi-user scenario: many virtual users, each a full session, on one or more servers; legal actions are driven at a rate and every receipt is measured. SCENARIO is a built-in name (simulate --list shows them) or a JSON file (docs/scenarios.md). Progress goes to standard error, the summary to standard output. SIGINT or SIGTERM once stops the actions and reports; twice aborts.</source>
        <translation>Führt ein Szenario mit vielen Benutzern aus: viele virtuelle Benutzer, jeder eine vollständige Sitzung, auf einem oder mehreren Servern; zulässige Aktionen werden mit einer Rate ausgelöst und jeder Empfang gemessen. SCENARIO ist ein eingebauter Name (simulate --list zeigt sie) oder eine JSON-Datei (docs/scenarios.md). Der Fortschritt geht auf die Standardfehlerausgabe, die Zusammenfassung auf die Standardausgabe. Einmal SIGINT oder SIGTERM beendet die Aktionen und berichtet; zweimal bricht ab.</translation>
    </message>
    <message>
        <source>A server (required); repeat it, or separate URLs with commas, to spread the users over several servers.</source>
        <translation>Ein Server (erforderlich); wiederholen Sie die Option oder trennen Sie URLs mit Kommas, um die Benutzer auf mehrere Server zu verteilen.</translation>
    </message>
    <message>
        <source>The users: lines of username,password,unit[,role] (seed_demo --users-csv writes one). Without it the users follow the demo pattern u{unit}_{req|appr|head|uadmin}{k} with the demo password.</source>
        <translation>Die Benutzer: Zeilen username,password,unit[,role] (seed_demo --users-csv schreibt eine solche Datei). Ohne sie folgen die Benutzer dem Demo-Muster u{unit}_{req|appr|head|uadmin}{k} mit dem Demo-Passwort.</translation>
    </message>
    <message>
        <source>Virtual users in all (default: the scenario&apos;s).</source>
        <translation>Virtuelle Benutzer insgesamt (Standard: die des Szenarios).</translation>
    </message>
    <message>
        <source>Spread the users over units 1 to M (default: the scenario&apos;s).</source>
        <translation>Die Benutzer auf die Einheiten 1 bis M verteilen (Standard: die des Szenarios).</translation>
    </message>
    <message>
        <source>Actions per second, all shards together (default: the scenario&apos;s).</source>
        <translation>Aktionen pro Sekunde, alle Shards zusammen (Standard: die des Szenarios).</translation>
    </message>
    <message>
        <source>Length of the run in seconds (default: the scenario&apos;s).</source>
        <translation>Dauer des Laufs in Sekunden (Standard: die des Szenarios).</translation>
    </message>
    <message>
        <source>Replace the scenario&apos;s thresholds (repeatable): &quot;METRIC OP NUMBER&quot;, e.g. &quot;p95_ms &lt; 100&quot;, then optionally @STAGE (within one stage of a ramping scenario) and abort_on_fail (end the run, exit 1, as soon as it fails).</source>
        <translation>Die Schwellen des Szenarios ersetzen (wiederholbar): „METRIK OP ZAHL“, z. B. „p95_ms &lt; 100“, danach optional @STAGE (innerhalb einer Stufe eines ansteigenden Szenarios) und abort_on_fail (den Lauf beenden, Exit 1, sobald sie verletzt ist).</translation>
    </message>
    <message>
        <source>Write the whole report as JSON.</source>
        <translation>Den ganzen Bericht als JSON schreiben.</translation>
    </message>
    <message>
        <source>Write one JUnit test case per threshold.</source>
        <translation>Einen JUnit-Testfall je Schwelle schreiben.</translation>
    </message>
    <message>
        <source>Write one line per change and user.</source>
        <translation>Eine Zeile je Änderung und Benutzer schreiben.</translation>
    </message>
    <message>
        <source>Write the report as one self-contained HTML page for a reviewer (docs/qa-reports.md).</source>
        <translation>Den Bericht als eine eigenständige HTML-Seite für Prüfende schreiben (docs/qa-reports.md).</translation>
    </message>
    <message>
        <source>Run the K-th of N slices of the users (merge the reports with report merge).</source>
        <translation>Den K-ten von N Teilen der Benutzer ausführen (die Berichte mit report merge zusammenführen).</translation>
    </message>
    <message>
        <source>The administrator for the snapshot and the final comparison; the password comes from the users file or DMS_ADMIN_PASSWORD.</source>
        <translation>Der Administrator für den Schnappschuss und den abschließenden Vergleich; das Passwort kommt aus der Benutzerdatei oder DMS_ADMIN_PASSWORD.</translation>
    </message>
    <message>
        <source>Run without an administrator.</source>
        <translation>Ohne Administrator ausführen.</translation>
    </message>
    <message>
        <source>Spread the users&apos; REST traffic over N network managers (default 2).</source>
        <translation>Den REST-Verkehr der Benutzer auf N Netzwerkmanager verteilen (Standard 2).</translation>
    </message>
    <message>
        <source>No progress, only the summary.</source>
        <translation>Kein Fortschritt, nur die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Print the built-in scenarios and exit.</source>
        <translation>Die eingebauten Szenarien ausgeben und beenden.</translation>
    </message>
    <message>
        <source>A simulation with a JUnit result for CI:</source>
        <translation>Eine Simulation mit einem JUnit-Ergebnis für CI:</translation>
    </message>
    <message>
        <source>every threshold passed</source>
        <translation>jede Schwelle eingehalten</translation>
    </message>
    <message>
        <source>a threshold failed, or aborted the run</source>
        <translation>eine Schwelle verletzt, oder sie hat den Lauf abgebrochen</translation>
    </message>
    <message>
        <source>a bad scenario, users file or argument</source>
        <translation>ein fehlerhaftes Szenario, eine fehlerhafte Benutzerdatei oder ein fehlerhaftes Argument</translation>
    </message>
    <message>
        <source>use the users file or DMS_ADMIN_PASSWORD</source>
        <translation>verwenden Sie die Benutzerdatei oder DMS_ADMIN_PASSWORD</translation>
    </message>
    <message>
        <source>report reads files and signs in nowhere</source>
        <translation>report liest Dateien und meldet sich nirgends an</translation>
    </message>
    <message>
        <source>Merge, render or compare the reports of simulate.</source>
        <translation>Die Berichte von simulate zusammenführen, darstellen oder vergleichen.</translation>
    </message>
    <message>
        <source>The sub-commands merge, html and diff work on the reports simulate --report writes.</source>
        <translation>Die Unterbefehle merge, html und diff arbeiten mit den Berichten, die simulate --report schreibt.</translation>
    </message>
    <message>
        <source>bad arguments or an unreadable report</source>
        <translation>fehlerhafte Argumente oder ein unlesbarer Bericht</translation>
    </message>
    <message>
        <source>Merge the reports of the shards of one run.</source>
        <translation>Die Berichte der Shards eines Laufs zusammenführen.</translation>
    </message>
    <message>
        <source>Combines the reports of the shards of one run (simulate --shard K/N --report …): counts and histogram buckets add up, so the percentiles are exact.</source>
        <translation>Führt die Berichte der Shards eines Laufs zusammen (simulate --shard K/N --report …): Zählungen und Histogramm-Buckets addieren sich, daher sind die Perzentile exakt.</translation>
    </message>
    <message>
        <source>Write the merged report (JSON) to FILE (required).</source>
        <translation>Den zusammengeführten Bericht (JSON) nach FILE schreiben (erforderlich).</translation>
    </message>
    <message>
        <source>Also write one JUnit test case per threshold.</source>
        <translation>Zusätzlich einen JUnit-Testfall je Schwelle schreiben.</translation>
    </message>
    <message>
        <source>Do not print the summary.</source>
        <translation>Die Zusammenfassung nicht ausgeben.</translation>
    </message>
    <message>
        <source>Merge two shards&apos; reports:</source>
        <translation>Die Berichte zweier Shards zusammenführen:</translation>
    </message>
    <message>
        <source>the merged run passes its thresholds</source>
        <translation>der zusammengeführte Lauf hält seine Schwellen ein</translation>
    </message>
    <message>
        <source>it fails</source>
        <translation>er verletzt sie</translation>
    </message>
    <message>
        <source>bad arguments, or an unreadable or mismatched report</source>
        <translation>fehlerhafte Argumente, oder ein unlesbarer oder unpassender Bericht</translation>
    </message>
    <message>
        <source>Write a report as one self-contained HTML page.</source>
        <translation>Einen Bericht als eine eigenständige HTML-Seite schreiben.</translation>
    </message>
    <message>
        <source>Writes a saved report as one self-contained page (no network, no other file) with the verdicts, charts and the per-user table (docs/qa-reports.md).</source>
        <translation>Schreibt einen gespeicherten Bericht als eine eigenständige Seite (kein Netz, keine weitere Datei) mit den Urteilen, Diagrammen und der Tabelle je Benutzer (docs/qa-reports.md).</translation>
    </message>
    <message>
        <source>Write the page to FILE (required).</source>
        <translation>Die Seite nach FILE schreiben (erforderlich).</translation>
    </message>
    <message>
        <source>A page for a reviewer:</source>
        <translation>Eine Seite für Prüfende:</translation>
    </message>
    <message>
        <source>the page was written</source>
        <translation>die Seite wurde geschrieben</translation>
    </message>
    <message>
        <source>bad arguments, an unreadable or invalid report, or a file that cannot be written</source>
        <translation>fehlerhafte Argumente, ein unlesbarer oder ungültiger Bericht, oder eine Datei, die sich nicht schreiben lässt</translation>
    </message>
    <message>
        <source>Compare two runs&apos; reports metric by metric.</source>
        <translation>Die Berichte zweier Läufe Metrik für Metrik vergleichen.</translation>
    </message>
    <message>
        <source>Compares every metric of two runs (the names thresholds use: p95_ms, delivery, leaks, …) and prints the change of each.</source>
        <translation>Vergleicht jede Metrik zweier Läufe (die Namen, die Schwellen verwenden: p95_ms, delivery, leaks, …) und gibt die Änderung jeder aus.</translation>
    </message>
    <message>
        <source>Replace a metric&apos;s limit (repeatable): p95_ms=10% (a share of the baseline) or p95_ms=50 (in the metric&apos;s unit, here ms); both kinds for one metric apply together.</source>
        <translation>Die Grenze einer Metrik ersetzen (wiederholbar): p95_ms=10% (ein Anteil der Basislinie) oder p95_ms=50 (in der Einheit der Metrik, hier ms); beide Arten für eine Metrik gelten zusammen.</translation>
    </message>
    <message>
        <source>Also write the comparison as JSON.</source>
        <translation>Zusätzlich den Vergleich als JSON schreiben.</translation>
    </message>
    <message>
        <source>Fail a CI job when p95 grew by more than 10 %:</source>
        <translation>Einen CI-Job scheitern lassen, wenn p95 um mehr als 10 % gewachsen ist:</translation>
    </message>
    <message>
        <source>nothing regressed past its limit</source>
        <translation>nichts hat sich über seine Grenze hinaus verschlechtert</translation>
    </message>
    <message>
        <source>a metric regressed past its limit</source>
        <translation>eine Metrik hat sich über ihre Grenze hinaus verschlechtert</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
</context>
<context>
    <name>Dms::ConnectionBadge</name>
    <message>
        <source>Connection state</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>Dms::ConnectionsModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Last ping</source>
        <translation>Letzter Ping</translation>
    </message>
</context>
<context>
    <name>Dms::ConnectionsPoller</name>
    <message>
        <source>Not connected to a server</source>
        <translation>Nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>Only administrators may see the server&apos;s connections.</source>
        <translation>Nur Administratoren dürfen die Verbindungen des Servers sehen.</translation>
    </message>
</context>
<context>
    <name>Dms::Csv</name>
    <message>
        <source>The file is not open for writing</source>
        <translation>Die Datei ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>Dms::DashboardPanel</name>
    <message>
        <source>Withdrawals</source>
        <translation>Entnahmen</translation>
    </message>
    <message>
        <source>Destructions</source>
        <translation>Vernichtungen</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>alle Einheiten</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%3). Live from the tables; click a figure to see its rows. Overdue: open and untouched for more than %n day(s).</source>
        <translation>
            <numerusform>%1 — %2 (%3). Live aus den Tabellen; klicken Sie auf eine Zahl, um ihre Zeilen zu sehen. Überfällig: offen und seit mehr als %n Tag unverändert.</numerusform>
            <numerusform>%1 — %2 (%3). Live aus den Tabellen; klicken Sie auf eine Zahl, um ihre Zeilen zu sehen. Überfällig: offen und seit mehr als %n Tagen unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Offene Anträge</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>Transfers in flight (approved or issued) and send-backs</source>
        <translation>Laufende Transfers (genehmigt oder ausgegeben) und Rücksendungen</translation>
    </message>
    <message>
        <source>Coming in</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Between units</source>
        <translation>Zwischen Einheiten</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Open send-backs</source>
        <translation>Offene Rücksendungen</translation>
    </message>
    <message>
        <source>Transfers coming into your unit</source>
        <translation>Transfers in Ihre Einheit</translation>
    </message>
    <message>
        <source>An administrator&apos;s view spans every unit</source>
        <translation>Die Ansicht eines Administrators umfasst alle Einheiten</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Changes by others to your requests and to what is yours to act on; click one to see its row</source>
        <translation>Änderungen anderer an Ihren Anträgen und an dem, was Sie bearbeiten können; klicken Sie auf eine Meldung, um ihre Zeile zu sehen</translation>
    </message>
    <message>
        <source>No alerts since sign-in. Changes by others to your requests, requests waiting for you and the live channel going offline appear here (and as desktop notifications).</source>
        <translation>Seit der Anmeldung keine Meldungen. Änderungen anderer an Ihren Anträgen, Anträge, die auf Sie warten, und ein Ausfall des Live-Kanals erscheinen hier (und als Desktop-Benachrichtigungen).</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Activity today (audit entries per hour)</source>
        <translation>Aktivität heute (Audit-Einträge pro Stunde)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Crates by status</source>
        <translation>Kisten nach Status</translation>
    </message>
    <message>
        <source>Crates by location (fullest %1)</source>
        <translation>Kisten nach Lagerort (die %1 vollsten)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s); click to show them</source>
        <translation>
            <numerusform>%1: %n Zeile; klicken, um sie anzuzeigen</numerusform>
            <numerusform>%1: %n Zeilen; klicken, um sie anzuzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Crates, %1</source>
        <translation>Kisten, %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Crates by status (%n crate(s))</source>
        <translation>
            <numerusform>Kisten nach Status (%n Kiste)</numerusform>
            <numerusform>Kisten nach Status (%n Kisten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Crates by status (loading…)</source>
        <translation>Kisten nach Status (wird geladen…)</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(kein Lagerort)</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <source>Crates without a location</source>
        <translation>Kisten ohne Lagerort</translation>
    </message>
    <message>
        <source>Crates in %1</source>
        <translation>Kisten in %1</translation>
    </message>
    <message>
        <source>Today&apos;s activity: the audit log is not available to this user or dialect.</source>
        <translation>Aktivität heute: Das Audit-Protokoll ist für diesen Benutzer oder Dialekt nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n change(s) by %1 user(s)</source>
        <translation>
            <numerusform>Heute: %n Änderung durch %1 Benutzer</numerusform>
            <numerusform>Heute: %n Änderungen durch %1 Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>Click to show %1 in its table</source>
        <translation>Klicken, um %1 in der zugehörigen Tabelle anzuzeigen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>today&apos;s activity: an action (in words) and how often</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dms::DialectProfile</name>
    <message>
        <source>profile is not valid JSON at offset %1: %2</source>
        <translation>das Profil ist an Position %1 kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>profile must be a JSON object</source>
        <translation>das Profil muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;name&quot; is missing or not a string</source>
        <translation>Profilfeld „name“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>profile field &quot;sockets&quot; must be a non-empty array</source>
        <translation>Profilfeld „sockets“ muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>profile field &quot;sockets[%1]&quot; needs a &quot;name&quot; and a &quot;path&quot; starting with /</source>
        <translation>Profilfeld „sockets[%1]“ benötigt einen „name“ und einen mit / beginnenden „path“</translation>
    </message>
    <message>
        <source>profile field &quot;auth&quot; must be an object</source>
        <translation>Profilfeld „auth“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;auth.mode&quot; must be query, header or first-message</source>
        <translation>Profilfeld „auth.mode“ muss query, header oder first-message sein</translation>
    </message>
    <message>
        <source>profile field &quot;auth.message&quot; must be a JSON object</source>
        <translation>Profilfeld „auth.message“ muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;auth.deadlineMs&quot; must be a number of milliseconds (0-600000)</source>
        <translation>Profilfeld „auth.deadlineMs“ muss eine Anzahl Millisekunden sein (0-600000)</translation>
    </message>
    <message>
        <source>profile field &quot;liveOn&quot; must be welcome, open or first-frame</source>
        <translation>Profilfeld „liveOn“ muss welcome, open oder first-frame sein</translation>
    </message>
    <message>
        <source>profile field &quot;heartbeat&quot; must be an object</source>
        <translation>Profilfeld „heartbeat“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;heartbeat.mode&quot; must be json, control or none</source>
        <translation>Profilfeld „heartbeat.mode“ muss json, control oder none sein</translation>
    </message>
    <message>
        <source>profile field &quot;heartbeat.ping&quot; must be a JSON object (heartbeat.mode json)</source>
        <translation>Profilfeld „heartbeat.ping“ muss ein JSON-Objekt sein (heartbeat.mode json)</translation>
    </message>
    <message>
        <source>profile field &quot;messages&quot; must be an object</source>
        <translation>Profilfeld „messages“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;messages.types&quot; must be a non-empty object</source>
        <translation>Profilfeld „messages.types“ muss ein nicht leeres Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;%1&quot; must be an object</source>
        <translation>Profilfeld „%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;%1.kind&quot; must be welcome, update, pong, notification, serverError or ignore</source>
        <translation>Profilfeld „%1.kind“ muss welcome, update, pong, notification, serverError oder ignore sein</translation>
    </message>
    <message>
        <source>profile field &quot;%1.fields&quot; must be an object</source>
        <translation>Profilfeld „%1.fields“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;%1.fields.%2&quot;: unknown engine field (known: %3)</source>
        <translation>Profilfeld „%1.fields.%2“: unbekanntes Engine-Feld (bekannt: %3)</translation>
    </message>
    <message>
        <source>profile field &quot;%1.fields.%2&quot; must be a non-empty path string</source>
        <translation>Profilfeld „%1.fields.%2“ muss eine nicht leere Pfadangabe sein</translation>
    </message>
    <message>
        <source>profile field &quot;%1.required&quot; names &quot;%2&quot;, which &quot;fields&quot; does not map</source>
        <translation>Profilfeld „%1.required“ nennt „%2“, das „fields“ nicht zuordnet</translation>
    </message>
    <message>
        <source>profile field &quot;%1.values&quot; must be an object</source>
        <translation>Profilfeld „%1.values“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;%1.values.%2&quot; must be &quot;snake&quot; or an object</source>
        <translation>Profilfeld „%1.values.%2“ muss „snake“ oder ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;%1.values.%2.*&quot; must be &quot;snake&quot;</source>
        <translation>Profilfeld „%1.values.%2.*“ muss „snake“ sein</translation>
    </message>
    <message>
        <source>profile field &quot;%1.values.%2.%3&quot; must be a string</source>
        <translation>Profilfeld „%1.values.%2.%3“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>profile must map one message type to kind &quot;pong&quot; (heartbeat.mode json)</source>
        <translation>das Profil muss einen Nachrichtentyp der Art „pong“ zuordnen (heartbeat.mode json)</translation>
    </message>
    <message>
        <source>profile field &quot;liveOn&quot; is welcome, but no message type has kind &quot;welcome&quot;</source>
        <translation>Profilfeld „liveOn“ ist welcome, aber kein Nachrichtentyp hat die Art „welcome“</translation>
    </message>
    <message>
        <source>profile field &quot;invalidation&quot; must be an object</source>
        <translation>Profilfeld „invalidation“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;invalidation.%1&quot; must be an array of query keys</source>
        <translation>Profilfeld „invalidation.%1“ muss ein Array von Abfrageschlüsseln sein</translation>
    </message>
    <message>
        <source>profile field &quot;invalidation.%1&quot; must hold query keys (strings)</source>
        <translation>Profilfeld „invalidation.%1“ muss Abfrageschlüssel (Zeichenketten) enthalten</translation>
    </message>
    <message>
        <source>profile field &quot;patch&quot; must be an object</source>
        <translation>Profilfeld „patch“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;rest&quot; must be an object</source>
        <translation>Profilfeld „rest“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;invalidation.%1&quot; names query key &quot;%2&quot;, which has no route in &quot;rest.queries&quot;</source>
        <translation>Profilfeld „invalidation.%1“ nennt den Abfrageschlüssel „%2“, der keine Route in „rest.queries“ hat</translation>
    </message>
    <message>
        <source>cannot read dialect profile %1: %2</source>
        <translation>Dialektprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dms::EntityId</name>
    <message>
        <source>a positive integer or a non-empty string</source>
        <translation>eine positive ganze Zahl oder eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>a non-empty string of at most %1 characters or an integer</source>
        <translation>eine nicht leere Zeichenkette mit höchstens %1 Zeichen oder eine ganze Zahl</translation>
    </message>
    <message>
        <source>an integer or a string</source>
        <translation>eine ganze Zahl oder eine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>Dms::EntityTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Zurückgeschickt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Entnommen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Vernichtet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Crate</source>
        <translation>Kiste</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Aktualisiert von</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>Kisten</translation>
    </message>
</context>
<context>
    <name>Dms::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Show rows whose %1 contains this text (&quot;=text&quot; for an exact match)</source>
        <translation>Zeilen anzeigen, deren %1 diesen Text enthält („=Text“ für eine genaue Übereinstimmung)</translation>
    </message>
</context>
<context>
    <name>Dms::FrameLogModel</name>
    <message numerus="yes">
        <source>%n row(s) patched</source>
        <translation>
            <numerusform>%n Zeile direkt aktualisiert</numerusform>
            <numerusform>%n Zeilen direkt aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refetched alone</source>
        <translation>
            <numerusform>%n Zeile einzeln neu abgerufen</numerusform>
            <numerusform>%n Zeilen einzeln neu abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refetched</source>
        <translation>
            <numerusform>%n neu abgerufen</numerusform>
            <numerusform>%n neu abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coalesced</source>
        <translation>
            <numerusform>%n zusammengefasst</numerusform>
            <numerusform>%n zusammengefasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked stale</source>
        <translation>
            <numerusform>%n als veraltet markiert</numerusform>
            <numerusform>%n als veraltet markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>no cached query touched</source>
        <translation>keine zwischengespeicherte Abfrage betroffen</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>cause: %1, ref: %2</source>
        <translation>Ursache: %1, Referenz: %2</translation>
    </message>
    <message>
        <source>patterns: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>  (no cached query matched)</source>
        <translation>  (keine zwischengespeicherte Abfrage passte)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>Invalidierung</translation>
    </message>
    <message numerus="yes">
        <source>none of its %n line(s) is a saved frame</source>
        <translation>
            <numerusform>ihre %n Zeile ist kein gespeicherter Frame</numerusform>
            <numerusform>keine ihrer %n Zeilen ist ein gespeicherter Frame</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>Dms::FrameParser</name>
    <message>
        <source>binary frame of %1 bytes ignored: this dialect sends JSON text</source>
        <translation>Binär-Frame mit %1 Bytes ignoriert: Dieser Dialekt sendet JSON-Text</translation>
    </message>
    <message>
        <source>frame of %1 bytes exceeds the %2-byte limit</source>
        <translation>Frame mit %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>fehlerhaftes JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>frame is JSON but not an object</source>
        <translation>der Frame ist JSON, aber kein Objekt</translation>
    </message>
    <message>
        <source>frame has no string &quot;%1&quot; field</source>
        <translation>dem Frame fehlt das Zeichenkettenfeld „%1“</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>unbekannter Nachrichtentyp „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; frame lacks its %2</source>
        <translation>dem Frame „%1“ fehlt %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; frame: %2 must be %3</source>
        <translation>Frame „%1“: %2 muss %3 sein</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an ISO-8601 time</source>
        <translation>eine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <source>update for unknown entity &quot;%1&quot;</source>
        <translation>Aktualisierung für unbekanntes Objekt „%1“</translation>
    </message>
</context>
<context>
    <name>Dms::FramesPanel</name>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Frame details</source>
        <translation>Frame-Details</translation>
    </message>
    <message>
        <source>Select a frame to see it and the queries it invalidated.</source>
        <translation>Wählen Sie einen Frame, um ihn und die von ihm invalidierten Abfragen zu sehen.</translation>
    </message>
    <message>
        <source>Pause the log (F8); frames keep arriving and wait until you resume</source>
        <translation>Protokoll anhalten (F8); Frames kommen weiter an und warten, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Copy the selected frames (or all shown) as JSON, tokens redacted</source>
        <translation>Die ausgewählten Frames (oder alle angezeigten) als JSON kopieren, Tokens geschwärzt</translation>
    </message>
    <message>
        <source>Forget the frames logged so far</source>
        <translation>Die bisher protokollierten Frames verwerfen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Filter by frame type</source>
        <translation>Nach Frame-Typ filtern</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>Filter by entity</source>
        <translation>Nach Objekt filtern</translation>
    </message>
    <message>
        <source>Search frames</source>
        <translation>Frames durchsuchen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n frame(s) waiting</source>
        <translation>
            <numerusform>Angehalten: %n Frame wartet</numerusform>
            <numerusform>Angehalten: %n Frames warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n frame(s) kept; %2 seen</source>
        <translation>
            <numerusform>%1 von %n Frame behalten; %2 gesehen</numerusform>
            <numerusform>%1 von %n Frames behalten; %2 gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalidation:</source>
        <translation>Invalidierung:</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Compose a frame and send it on the live socket</source>
        <translation>Einen Frame verfassen und über den Live-Socket senden</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Protokoll speichern…</translation>
    </message>
    <message>
        <source>Save the frames shown (filters applied) as JSON lines, tokens redacted</source>
        <translation>Die angezeigten Frames (Filter angewendet) als JSON-Zeilen speichern, Tokens geschwärzt</translation>
    </message>
    <message>
        <source>Open log…</source>
        <translation>Protokoll öffnen…</translation>
    </message>
    <message>
        <source>Read a saved log (the live log carries on meanwhile)</source>
        <translation>Ein gespeichertes Protokoll lesen (das Live-Protokoll läuft derweil weiter)</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>Socket to send on</source>
        <translation>Socket zum Senden</translation>
    </message>
    <message>
        <source>Frame to send (JSON)</source>
        <translation>Zu sendender Frame (JSON)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the frame (Ctrl+Return)</source>
        <translation>Den Frame senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Save frame log</source>
        <translation>Frame-Protokoll speichern</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <source>Open a saved frame log</source>
        <translation>Ein gespeichertes Frame-Protokoll öffnen</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON-Zeilen (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zum Live-Protokoll</translation>
    </message>
    <message>
        <source>Ping (the dialect&apos;s heartbeat)</source>
        <translation>Ping (der Heartbeat des Dialekts)</translation>
    </message>
    <message>
        <source>Ping without a timestamp</source>
        <translation>Ping ohne Zeitstempel</translation>
    </message>
    <message>
        <source>A type the dialect does not know</source>
        <translation>Ein Typ, den der Dialekt nicht kennt</translation>
    </message>
    <message>
        <source>No type field</source>
        <translation>Kein Typfeld</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>a frame is a JSON object ({…})</source>
        <translation>ein Frame ist ein JSON-Objekt ({…})</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Sent at %1.</source>
        <translation>Gesendet um %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) saved to %1</source>
        <translation>
            <numerusform>%n Frame gespeichert in %1</numerusform>
            <numerusform>%n Frames gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1: %n frame(s).</source>
        <translation>
            <numerusform>Sie lesen %1: %n Frame.</numerusform>
            <numerusform>Sie lesen %1: %n Frames.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped (not a saved frame).</source>
        <translation>
            <numerusform>%n Zeile übersprungen (kein gespeicherter Frame).</numerusform>
            <numerusform>%n Zeilen übersprungen (kein gespeicherter Frame).</numerusform>
        </translation>
    </message>
    <message>
        <source>The live log carries on meanwhile.</source>
        <translation>Das Live-Protokoll läuft derweil weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n saved frame(s) shown</source>
        <translation>
            <numerusform>%1 von %n gespeicherten Frame angezeigt</numerusform>
            <numerusform>%1 von %n gespeicherten Frames angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::HealthHistoryChart</name>
    <message>
        <source>Message rate chart, last 24 hours</source>
        <translation>Diagramm der Nachrichtenrate, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Reconnects chart, last 24 hours</source>
        <translation>Diagramm der Neuverbindungen, letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Messages per minute since %1 (mean %2)</source>
        <translation>Nachrichten pro Minute seit %1 (Mittel %2)</translation>
    </message>
    <message numerus="yes">
        <source>Reconnects since %1 (%n in all)</source>
        <translation>
            <numerusform>Neuverbindungen seit %1 (%n insgesamt)</numerusform>
            <numerusform>Neuverbindungen seit %1 (%n insgesamt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::HealthPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed out (authentication failed)</source>
        <translation>Abgemeldet (Authentifizierung fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Live channel</source>
        <translation>Live-Kanal</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>Letzter Frame:</translation>
    </message>
    <message>
        <source>Server clock:</source>
        <translation>Serveruhr:</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Frames:</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>Frames pro Sekunde:</translation>
    </message>
    <message>
        <source>Bytes:</source>
        <translation>Bytes:</translation>
    </message>
    <message>
        <source>Round trip:</source>
        <translation>Umlaufzeit:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Sequenz:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Invalidations:</source>
        <translation>Invalidierungen:</translation>
    </message>
    <message>
        <source>Fetches:</source>
        <translation>Abrufe:</translation>
    </message>
    <message>
        <source>Missed updates:</source>
        <translation>Verpasste Änderungen:</translation>
    </message>
    <message>
        <source>Rows a resync (after a reconnect or a sequence gap) found changed that no event had announced</source>
        <translation>Zeilen, die eine Neusynchronisation (nach einer Neuverbindung oder einer Sequenzlücke) geändert fand, ohne dass ein Ereignis sie angekündigt hatte</translation>
    </message>
    <message>
        <source>Reconnect timeline</source>
        <translation>Verlauf der Neuverbindungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Missed updates found by resyncs</source>
        <translation>Von Neusynchronisationen gefundene verpasste Änderungen</translation>
    </message>
    <message>
        <source>Missed updates</source>
        <translation>Verpasste Änderungen</translation>
    </message>
    <message>
        <source>None found: every change since sign-in came with its event.</source>
        <translation>Keine gefunden: Jede Änderung seit der Anmeldung kam mit ihrem Ereignis.</translation>
    </message>
    <message>
        <source>Server connections (all units)</source>
        <translation>Serververbindungen (alle Einheiten)</translation>
    </message>
    <message>
        <source>Server connections</source>
        <translation>Serververbindungen</translation>
    </message>
    <message>
        <source>unit %1: %2</source>
        <translation>Einheit %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n live socket(s); %1. Updated %2.</source>
        <translation>
            <numerusform>%n Live-Socket; %1. Aktualisiert %2.</numerusform>
            <numerusform>%n Live-Sockets; %1. Aktualisiert %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Could not read the connections: %1</source>
        <translation>Die Verbindungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2: %n row(s) (%3)</source>
        <translation>
            <numerusform>%1  %2: %n Zeile (%3)</numerusform>
            <numerusform>%1  %2: %n Zeilen (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>reconnecting: %1, next in %2 s (%3)</source>
        <translation>Neuverbindung: %1, nächster Versuch in %2 s (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message numerus="yes">
        <source>unknown expiry; %n refresh(es) so far</source>
        <translation>
            <numerusform>Ablauf unbekannt; bisher %n Erneuerung</numerusform>
            <numerusform>Ablauf unbekannt; bisher %n Erneuerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %1 (at %2); %n refresh(es) so far</source>
        <translation>
            <numerusform>läuft ab in %1 (um %2); bisher %n Erneuerung</numerusform>
            <numerusform>läuft ab in %1 (um %2); bisher %n Erneuerungen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired %1 ago; renewed on the next call</source>
        <translation>vor %1 abgelaufen; wird beim nächsten Aufruf erneuert</translation>
    </message>
    <message>
        <source>live for %1 (since %2)</source>
        <translation>live seit %1 (seit %2)</translation>
    </message>
    <message>
        <source>not live</source>
        <translation>nicht live</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>not available: this dialect&apos;s heartbeat carries no server time</source>
        <translation>nicht verfügbar: Der Heartbeat dieses Dialekts enthält keine Serverzeit</translation>
    </message>
    <message>
        <source>not measured yet (needs a heartbeat)</source>
        <translation>noch nicht gemessen (benötigt einen Heartbeat)</translation>
    </message>
    <message>
        <source>in step with this computer</source>
        <translation>im Gleichlauf mit diesem Computer</translation>
    </message>
    <message>
        <source>%1 ms ahead of this computer</source>
        <translation>%1 ms vor diesem Computer</translation>
    </message>
    <message>
        <source>%1 ms behind this computer</source>
        <translation>%1 ms hinter diesem Computer</translation>
    </message>
    <message>
        <source>%1 in, %2 out; %3 rejected</source>
        <translation>%1 ein, %2 aus; %3 abgewiesen</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms (last heartbeat), %n sample(s) in 10 min</source>
        <translation>
            <numerusform>%1 ms (letzter Heartbeat), %n Messwert in 10 min</numerusform>
            <numerusform>%1 ms (letzter Heartbeat), %n Messwerte in 10 min</numerusform>
        </translation>
    </message>
    <message>
        <source>no heartbeat answered yet</source>
        <translation>noch kein Heartbeat beantwortet</translation>
    </message>
    <message>
        <source>%1 gap(s), %2 missed event(s), %3 duplicate(s), %4 out of order; %5 resync(s)</source>
        <translation>%1 Lücke(n), %2 verpasste(s) Ereignis(se), %3 Duplikat(e), %4 in falscher Reihenfolge; %5 Neusynchronisation(en)</translation>
    </message>
    <message numerus="yes">
        <source>gap detection unavailable: %1; %n resync(s)</source>
        <translation>
            <numerusform>Lückenerkennung nicht verfügbar: %1; %n Neusynchronisation</numerusform>
            <numerusform>Lückenerkennung nicht verfügbar: %1; %n Neusynchronisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applied, %2 row(s) patched at once</source>
        <translation>%1 angewendet, %2 Zeile(n) direkt aktualisiert</translation>
    </message>
    <message>
        <source>%1; keys %2 refetched, %3 coalesced, %4 marked stale</source>
        <translation>%1; Schlüssel: %2 neu abgerufen, %3 zusammengefasst, %4 als veraltet markiert</translation>
    </message>
    <message>
        <source>%1 started (%2 refetches), %3 failed, %4 retries</source>
        <translation>%1 gestartet (%2 Neuabrufe), %3 fehlgeschlagen, %4 Wiederholungen</translation>
    </message>
    <message>
        <source>No reconnects since sign-in.</source>
        <translation>Keine Neuverbindungen seit der Anmeldung.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the connections shown as a CSV file</source>
        <translation type="vanished">Die angezeigten Verbindungen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>only admins see the server&apos;s connections</source>
        <translation>nur Administratoren sehen die Verbindungen des Servers</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the connections shown as a CSV or XLSX file</source>
        <translation>Die angezeigten Verbindungen als CSV- oder XLSX-Datei speichern</translation>
    </message>
</context>
<context>
    <name>Dms::HtmlReport</name>
    <message>
        <source>no samples</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>ms (log scale)</source>
        <translation>ms (logarithmisch)</translation>
    </message>
    <message>
        <source>below %1 ms</source>
        <translation>unter %1 ms</translation>
    </message>
    <message>
        <source>%1–%2 ms</source>
        <translation>%1–%2 ms</translation>
    </message>
    <message>
        <source>%1: %2 samples (%3)</source>
        <translation>%1: %2 Messwerte (%3)</translation>
    </message>
    <message>
        <source>ABORTED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>CONFIGURATION ERROR</source>
        <translation>KONFIGURATIONSFEHLER</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>%1 — %2 — simulation report</source>
        <translation>%1 — %2 — Simulationsbericht</translation>
    </message>
    <message>
        <source>%1 users in %2 unit(s), %3 s at %4 actions/s</source>
        <translation>%1 Benutzer in %2 Einheit(en), %3 s mit %4 Aktionen/s</translation>
    </message>
    <message>
        <source>started %1 (%2 s in all)</source>
        <translation>gestartet %1 (%2 s insgesamt)</translation>
    </message>
    <message>
        <source>Simulation report: %1</source>
        <translation>Simulationsbericht: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Urteile</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Storms</source>
        <translation>Stürme</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Lecks</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Verlorene Änderungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Verdict per threshold</source>
        <translation>Urteil je Schwellenwert</translation>
    </message>
    <message>
        <source>%1 threshold(s), every one passed.</source>
        <translation>%1 Schwellenwert(e), alle bestanden.</translation>
    </message>
    <message>
        <source>%1 of %2 threshold(s) failed.</source>
        <translation>%1 von %2 Schwellenwert(en) nicht bestanden.</translation>
    </message>
    <message>
        <source>The run was aborted: the figures cover only what happened until then.</source>
        <translation>Der Lauf wurde abgebrochen: Die Zahlen umfassen nur das bis dahin Geschehene.</translation>
    </message>
    <message>
        <source>The run was aborted by threshold %1: the figures cover only what happened until then.</source>
        <translation>Der Lauf wurde durch den Schwellenwert %1 abgebrochen: Die Zahlen umfassen nur das bis dahin Geschehene.</translation>
    </message>
    <message>
        <source>The scenario cannot run with these users: %1</source>
        <translation>Das Szenario kann mit diesen Benutzern nicht laufen: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>POST → frame p95</source>
        <translation>POST → Frame p95</translation>
    </message>
    <message>
        <source>POST → table p95</source>
        <translation>POST → Tabelle p95</translation>
    </message>
    <message>
        <source>Change delivery</source>
        <translation>Zustellung der Änderungen</translation>
    </message>
    <message>
        <source>Delivery by seq</source>
        <translation>Zustellung nach seq</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>tables not compared</source>
        <translation>Tabellen nicht verglichen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Percentiles in milliseconds. POST → frame: the actor&apos;s request sent until a target user received the frame; POST → table: until the user&apos;s table showed the change; emit → frame: the server&apos;s emit until the frame arrived (clock offset applied); POST round trip: the actor&apos;s request itself.</source>
        <translation>Perzentile in Millisekunden. POST → Frame: vom Senden der Anfrage des Handelnden, bis ein Zielbenutzer den Frame empfing; POST → Tabelle: bis die Tabelle des Benutzers die Änderung zeigte; Senden → Frame: vom Senden durch den Server, bis der Frame ankam (Uhrenversatz berücksichtigt); POST-Umlaufzeit: die Anfrage des Handelnden selbst.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>POST → frame</source>
        <translation>POST → Frame</translation>
    </message>
    <message>
        <source>POST → table</source>
        <translation>POST → Tabelle</translation>
    </message>
    <message>
        <source>emit → frame</source>
        <translation>Senden → Frame</translation>
    </message>
    <message>
        <source>POST round trip</source>
        <translation>POST-Umlaufzeit</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Samples per latency range on a shared log scale (the histogram buckets of the report, about ten ranges per decade); dashed lines mark p50, p95 and p99. Hover a bar for its count.</source>
        <translation>Messwerte je Latenzbereich auf einer gemeinsamen logarithmischen Skala (die Histogramm-Klassen des Berichts, etwa zehn Bereiche je Dekade); gestrichelte Linien markieren p50, p95 und p99. Zeigen Sie auf einen Balken, um seine Anzahl zu sehen.</translation>
    </message>
    <message>
        <source>Per %1 s window (a change belongs to the window its POST was sent in).</source>
        <translation>Je Zeitfenster von %1 s (eine Änderung gehört zu dem Fenster, in dem ihr POST gesendet wurde).</translation>
    </message>
    <message>
        <source>No windows: no change was tracked.</source>
        <translation>Keine Zeitfenster: Es wurde keine Änderung verfolgt.</translation>
    </message>
    <message>
        <source>s since %1 UTC</source>
        <translation>s seit %1 UTC</translation>
    </message>
    <message>
        <source>Receipts per window</source>
        <translation>Empfänge je Zeitfenster</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>Empfänge</translation>
    </message>
    <message>
        <source>%1: %2 of %3 delivered (%4), %5 missing, %6 leak(s), %7 change(s)</source>
        <translation>%1: %2 von %3 zugestellt (%4), %5 fehlend, %6 Leck(s), %7 Änderung(en)</translation>
    </message>
    <message>
        <source>%1 limit %2 ms</source>
        <translation>%1 Limit %2 ms</translation>
    </message>
    <message>
        <source>p95 latency per window</source>
        <translation>p95-Latenz je Zeitfenster</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>limit %1 ms</source>
        <translation>Limit %1 ms</translation>
    </message>
    <message>
        <source>%1 %2: p95 %3 ms (%4 samples)</source>
        <translation>%1 %2: p95 %3 ms (%4 Messwerte)</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>leaks</source>
        <translation>Lecks</translation>
    </message>
    <message>
        <source>Far below the limits (not drawn): %1.</source>
        <translation>Weit unter den Limits (nicht gezeichnet): %1.</translation>
    </message>
    <message>
        <source>Every count of the run. A receipt is one tracked change at one user that was Live when it was posted; frames are counted by the server&apos;s seq numbers.</source>
        <translation>Alle Zählwerte des Laufs. Ein Empfang ist eine verfolgte Änderung bei einem Benutzer, der beim Senden live war; Frames werden anhand der seq-Nummern des Servers gezählt.</translation>
    </message>
    <message>
        <source>Receipts of tracked changes</source>
        <translation>Empfänge verfolgter Änderungen</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>change × target user Live at the POST</source>
        <translation>Änderung × Zielbenutzer, der beim POST live war</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>within timeout_s</source>
        <translation>innerhalb von timeout_s</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>never came, user stayed Live</source>
        <translation>kam nie an, Benutzer blieb live</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>after timeout_s (also missing)</source>
        <translation>nach timeout_s (zählt auch als fehlend)</translation>
    </message>
    <message>
        <source>Missed while down</source>
        <translation>Verpasst während Ausfall</translation>
    </message>
    <message>
        <source>socket down in between; not in the ratio</source>
        <translation>Socket zwischendurch getrennt; nicht in der Quote</translation>
    </message>
    <message>
        <source>delivered / (delivered + missing)</source>
        <translation>zugestellt / (zugestellt + fehlend)</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Datenströme</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>data_update frames with a seq</source>
        <translation>data_update-Frames mit seq</translation>
    </message>
    <message>
        <source>Missed events</source>
        <translation>Verpasste Ereignisse</translation>
    </message>
    <message>
        <source>seq numbers never received</source>
        <translation>nie empfangene seq-Nummern</translation>
    </message>
    <message>
        <source>Seq gaps</source>
        <translation>seq-Lücken</translation>
    </message>
    <message>
        <source>gaps in a user&apos;s seq stream</source>
        <translation>Lücken im seq-Strom eines Benutzers</translation>
    </message>
    <message>
        <source>frames / (frames + missed events)</source>
        <translation>Frames / (Frames + verpasste Ereignisse)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>the same event twice at one user</source>
        <translation>dasselbe Ereignis zweimal bei einem Benutzer</translation>
    </message>
    <message>
        <source>Order violations</source>
        <translation>Reihenfolgeverstöße</translation>
    </message>
    <message>
        <source>a frame older than one already seen</source>
        <translation>ein Frame, älter als ein bereits gesehener</translation>
    </message>
    <message>
        <source>Isolation and tables</source>
        <translation>Isolation und Tabellen</translation>
    </message>
    <message>
        <source>received outside the change&apos;s units</source>
        <translation>außerhalb der Einheiten der Änderung empfangen</translation>
    </message>
    <message>
        <source>%1 users compared as %2</source>
        <translation>%1 Benutzer verglichen als %2</translation>
    </message>
    <message>
        <source>tables not compared with the server</source>
        <translation>Tabellen nicht mit dem Server verglichen</translation>
    </message>
    <message>
        <source>Tables showing the change</source>
        <translation>Tabellen, die die Änderung zeigen</translation>
    </message>
    <message>
        <source>watched rows that showed it</source>
        <translation>beobachtete Zeilen, die sie zeigten</translation>
    </message>
    <message>
        <source>Tables not showing it</source>
        <translation>Tabellen, die sie nicht zeigen</translation>
    </message>
    <message>
        <source>Unexpected events</source>
        <translation>Unerwartete Ereignisse</translation>
    </message>
    <message>
        <source>changes this run did not make</source>
        <translation>Änderungen, die dieser Lauf nicht vorgenommen hat</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>personal, received by their user</source>
        <translation>persönlich, von ihrem Benutzer empfangen</translation>
    </message>
    <message>
        <source>Actions and sessions</source>
        <translation>Aktionen und Sitzungen</translation>
    </message>
    <message>
        <source>Actions accepted</source>
        <translation>Angenommene Aktionen</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>Actions refused</source>
        <translation>Abgelehnte Aktionen</translation>
    </message>
    <message>
        <source>refused or failed</source>
        <translation>abgelehnt oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ticks skipped</source>
        <translation>Übersprungene Takte</translation>
    </message>
    <message>
        <source>max_in_flight, or nothing to act on</source>
        <translation>max_in_flight, oder nichts zu bearbeiten</translation>
    </message>
    <message>
        <source>Changes tracked</source>
        <translation>Verfolgte Änderungen</translation>
    </message>
    <message>
        <source>Refetches</source>
        <translation>Neuabrufe</translation>
    </message>
    <message>
        <source>%1 per event</source>
        <translation>%1 je Ereignis</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>attempts during the run</source>
        <translation>Versuche während des Laufs</translation>
    </message>
    <message>
        <source>Not Live at the end</source>
        <translation>Am Ende nicht live</translation>
    </message>
    <message>
        <source>Setup failures</source>
        <translation>Fehler bei der Einrichtung</translation>
    </message>
    <message>
        <source>could not sign in or go Live</source>
        <translation>konnten sich nicht anmelden oder nicht live gehen</translation>
    </message>
    <message>
        <source>The ramp, stage by stage: users signed in at the stage&apos;s end (its target), users that joined and left, the rate it ramped to, and the figures of the changes posted in it — where freshness starts to break.</source>
        <translation>Der Anstieg, Stufe für Stufe: am Ende der Stufe angemeldete Benutzer (ihr Ziel), beigetretene und ausgeschiedene Benutzer, die erreichte Rate und die Zahlen der darin gesendeten Änderungen — wo die Aktualität zu leiden beginnt.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Users (target)</source>
        <translation>Benutzer (Ziel)</translation>
    </message>
    <message>
        <source>Joined / left</source>
        <translation>Beigetreten / ausgeschieden</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Delivered / expected</source>
        <translation>Zugestellt / erwartet</translation>
    </message>
    <message>
        <source>POST → frame p50 / p95</source>
        <translation>POST → Frame p50 / p95</translation>
    </message>
    <message>
        <source>POST → table p50 / p95</source>
        <translation>POST → Tabelle p50 / p95</translation>
    </message>
    <message>
        <source>Reconnect storms</source>
        <translation>Neuverbindungsstürme</translation>
    </message>
    <message>
        <source>Every socket closed at once (by the server, or cut by the client): how long until the users were Live again and had refetched every open view.</source>
        <translation>Alle Sockets auf einmal geschlossen (vom Server oder clientseitig getrennt): wie lange es dauerte, bis die Benutzer wieder live waren und jede offene Ansicht neu abgerufen hatten.</translation>
    </message>
    <message>
        <source>This scenario triggered no storm.</source>
        <translation>Dieses Szenario hat keinen Sturm ausgelöst.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Users down</source>
        <translation>Getrennte Benutzer</translation>
    </message>
    <message>
        <source>Not back</source>
        <translation>Nicht zurück</translation>
    </message>
    <message>
        <source>All Live after</source>
        <translation>Alle live nach</translation>
    </message>
    <message>
        <source>All resynced after</source>
        <translation>Alle neu synchronisiert nach</translation>
    </message>
    <message>
        <source>Reconnect p50 / p95</source>
        <translation>Neuverbindung p50 / p95</translation>
    </message>
    <message>
        <source>Resync p50 / p95</source>
        <translation>Neusynchronisation p50 / p95</translation>
    </message>
    <message>
        <source>Users back Live after storm %1</source>
        <translation>Benutzer nach Sturm %1 wieder live</translation>
    </message>
    <message>
        <source>users Live</source>
        <translation>Benutzer live</translation>
    </message>
    <message>
        <source>ms since the trigger</source>
        <translation>ms seit dem Auslöser</translation>
    </message>
    <message>
        <source>Storm %1: users back Live (%2 went down)</source>
        <translation>Sturm %1: Benutzer wieder live (%2 waren getrennt)</translation>
    </message>
    <message>
        <source>Changes received by a user outside the change&apos;s units, or a notification received by someone other than its user.</source>
        <translation>Änderungen, die ein Benutzer außerhalb der Einheiten der Änderung empfing, oder eine Benachrichtigung, die jemand anderes als ihr Benutzer empfing.</translation>
    </message>
    <message>
        <source>No leaks: every receipt was meant for its user.</source>
        <translation>Keine Lecks: Jeder Empfang war für seinen Benutzer bestimmt.</translation>
    </message>
    <message>
        <source>%1 leak(s) in all; the first %2 follow.</source>
        <translation>%1 Leck(s) insgesamt; die ersten %2 folgen.</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Empfangen von</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Meant for</source>
        <translation>Bestimmt für</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>After the run, every user&apos;s tables were compared row by row with the server&apos;s; a row that still differed 1.5 s later is a lost update.</source>
        <translation>Nach dem Lauf wurden die Tabellen jedes Benutzers Zeile für Zeile mit denen des Servers verglichen; eine Zeile, die 1,5 s später noch abwich, ist eine verlorene Änderung.</translation>
    </message>
    <message>
        <source>Not verified: the tables were not compared with the server (no admin account, or the run ended before).</source>
        <translation>Nicht geprüft: Die Tabellen wurden nicht mit dem Server verglichen (kein Administratorkonto, oder der Lauf endete vorher).</translation>
    </message>
    <message>
        <source>None: the tables of %1 users equal the server&apos;s (compared as %2).</source>
        <translation>Keine: Die Tabellen von %1 Benutzern stimmen mit denen des Servers überein (verglichen als %2).</translation>
    </message>
    <message>
        <source>%1 row(s) differ from the server&apos;s; the first %2 follow.</source>
        <translation>%1 Zeile(n) weichen von denen des Servers ab; die ersten %2 folgen.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>User&apos;s table</source>
        <translation>Tabelle des Benutzers</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>One row per virtual user, the ones with problems first. Click a column header to sort.</source>
        <translation>Eine Zeile je virtuellem Benutzer, die mit Problemen zuerst. Klicken Sie auf einen Spaltenkopf, um zu sortieren.</translation>
    </message>
    <message>
        <source>No per-user figures in this report.</source>
        <translation>Keine Zahlen je Benutzer in diesem Bericht.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Dupl.</source>
        <translation>Dupl.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenf.</translation>
    </message>
    <message>
        <source>Missed ev.</source>
        <translation>Verp. Ereign.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Reconn.</source>
        <translation>Neuverb.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>Mittel ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Max. ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The scenario as it was run.</source>
        <translation>Das Szenario, wie es ausgeführt wurde.</translation>
    </message>
    <message>
        <source>The report does not hold its scenario.</source>
        <translation>Der Bericht enthält sein Szenario nicht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 unit(s) × %2 per unit</source>
        <translation>%1 Einheit(en) × %2 je Einheit</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>%1 actions/s (%2)</source>
        <translation>%1 Aktionen/s (%2)</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeitvorgaben</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Live timings</source>
        <translation>Live-Zeitvorgaben</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Destination / method</source>
        <translation>Ziel / Methode</translation>
    </message>
    <message>
        <source>Weight / at</source>
        <translation>Gewicht / Zeitpunkt</translation>
    </message>
    <message>
        <source>at %1 s</source>
        <translation>bei %1 s</translation>
    </message>
    <message>
        <source>Thresholds of the scenario</source>
        <translation>Schwellenwerte des Szenarios</translation>
    </message>
    <message>
        <source>The scenario as JSON</source>
        <translation>Das Szenario als JSON</translation>
    </message>
    <message>
        <source>Conditions of the run</source>
        <translation>Bedingungen des Laufs</translation>
    </message>
    <message>
        <source>Server(s)</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 in %2 unit(s)</source>
        <translation>%1 in %2 Einheit(en)</translation>
    </message>
    <message>
        <source>%1 actions/s (all shards)</source>
        <translation>%1 Aktionen/s (alle Shards)</translation>
    </message>
    <message>
        <source>%1 s of actions</source>
        <translation>%1 s Aktionen</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Tables verified</source>
        <translation>Tabellen geprüft</translation>
    </message>
    <message>
        <source>yes, as %1</source>
        <translation>ja, als %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not provided by this server</source>
        <translation>Von diesem Server nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Simulator process</source>
        <translation>Simulator-Prozess</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>RSS peak</source>
        <translation>RSS-Spitze</translation>
    </message>
    <message>
        <source>per user</source>
        <translation>je Benutzer</translation>
    </message>
    <message>
        <source>CPU per event</source>
        <translation>CPU je Ereignis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1 · report schema %2 · this page needs no network and no other file</source>
        <translation>%1 · Berichtsschema %2 · diese Seite benötigt kein Netz und keine weitere Datei</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML lang attribute: this translation&apos;s language code</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>Dms::KeychainSecretStore</name>
    <message>
        <source>no keychain available (%1)</source>
        <translation>kein Schlüsselbund verfügbar (%1)</translation>
    </message>
    <message>
        <source>access to the keychain was denied</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>the keychain could not delete the entry</source>
        <translation>der Schlüsselbund konnte den Eintrag nicht löschen</translation>
    </message>
    <message>
        <source>keychain error: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>no keychain available (no answer within %1 s)</source>
        <translation>kein Schlüsselbund verfügbar (keine Antwort innerhalb von %1 s)</translation>
    </message>
</context>
<context>
    <name>Dms::Labels</name>
    <message>
        <source>Requester</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmiger</translation>
    </message>
    <message>
        <source>Store head</source>
        <translation>Lagerleitung</translation>
    </message>
    <message>
        <source>Unit admin</source>
        <translation>Einheitsadministrator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Erneut eingereicht</translation>
    </message>
    <message>
        <source>Storage allocated</source>
        <translation>Lagerort zugewiesen</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Relocated</source>
        <translation>Umgelagert</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Demodaten angelegt</translation>
    </message>
</context>
<context>
    <name>Dms::LatencyHistogram</name>
    <message>
        <source>histogram scheme &quot;%1&quot; is not %2</source>
        <translation>Histogramm-Schema „%1“ ist nicht %2</translation>
    </message>
    <message>
        <source>histogram has no &quot;buckets&quot; array</source>
        <translation>das Histogramm hat kein Array „buckets“</translation>
    </message>
    <message>
        <source>histogram bucket is not a [lower, count] pair</source>
        <translation>eine Histogramm-Klasse ist kein Paar [Untergrenze, Anzahl]</translation>
    </message>
    <message>
        <source>histogram bucket [%1, %2] is negative</source>
        <translation>Histogramm-Klasse [%1, %2] ist negativ</translation>
    </message>
    <message>
        <source>histogram bucket edge %1 is not an edge of %2</source>
        <translation>Klassengrenze %1 ist keine Grenze von %2</translation>
    </message>
    <message>
        <source>histogram count %1 is not the sum of its buckets (%2)</source>
        <translation>Histogramm-Anzahl %1 ist nicht die Summe seiner Klassen (%2)</translation>
    </message>
</context>
<context>
    <name>Dms::LiveFilterProxyModel</name>
    <message>
        <source>Removed at %1</source>
        <translation>Entfernt um %1</translation>
    </message>
    <message>
        <source>Changed at %1</source>
        <translation>Geändert um %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Geändert von %1 um %2</translation>
    </message>
</context>
<context>
    <name>Dms::LiveSession</name>
    <message>
        <source>closed normally</source>
        <translation>normal geschlossen</translation>
    </message>
    <message>
        <source>server going away</source>
        <translation>Server wird beendet</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>server restarting</source>
        <translation>Server startet neu</translation>
    </message>
    <message>
        <source>token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>too many messages</source>
        <translation>zu viele Nachrichten</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>connecting: attempt %1</source>
        <translation>Verbindungsaufbau: Versuch %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>reconnecting: %1, next in %2 s (%3)</source>
        <translation>Neuverbindung: %1, nächster Versuch in %2 s (%3)</translation>
    </message>
    <message>
        <source>offline: %1; next try in %2 s</source>
        <translation>offline: %1; nächster Versuch in %2 s</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <source>signed out: %1</source>
        <translation>abgemeldet: %1</translation>
    </message>
    <message>
        <source>this dialect numbers no events: missed events are not detected while connected (a reconnect still refetches everything shown)</source>
        <translation>dieser Dialekt nummeriert keine Ereignisse: Verpasste Ereignisse werden während der Verbindung nicht erkannt (eine Neuverbindung ruft dennoch alles Angezeigte neu ab)</translation>
    </message>
    <message>
        <source>the server sends no seq: missed events are not detected while connected (a reconnect still refetches everything shown)</source>
        <translation>der Server sendet kein seq: Verpasste Ereignisse werden während der Verbindung nicht erkannt (eine Neuverbindung ruft dennoch alles Angezeigte neu ab)</translation>
    </message>
    <message>
        <source>not known yet: no frame received</source>
        <translation>noch nicht bekannt: kein Frame empfangen</translation>
    </message>
    <message>
        <source>the server does not echo pings: round trips are measured against the last ping sent</source>
        <translation>der Server spiegelt keine Pings: Umlaufzeiten werden gegen den zuletzt gesendeten Ping gemessen</translation>
    </message>
    <message>
        <source>WebSocket control pings (this dialect has no JSON heartbeat)</source>
        <translation>WebSocket-Control-Pings (dieser Dialekt hat keinen JSON-Heartbeat)</translation>
    </message>
    <message>
        <source>this dialect has no heartbeat: round trips are not measured and a half-open connection is found only when the server next sends</source>
        <translation>dieser Dialekt hat keinen Heartbeat: Umlaufzeiten werden nicht gemessen, und eine halboffene Verbindung fällt erst auf, wenn der Server das nächste Mal sendet</translation>
    </message>
    <message>
        <source>offline: trying again</source>
        <translation>offline: neuer Versuch</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>the session expired and could not be renewed: %1</source>
        <translation>die Sitzung ist abgelaufen und konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>token refresh failed: %1</source>
        <translation>Erneuern des Tokens fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the session expired and could not be renewed</source>
        <translation>die Sitzung ist abgelaufen und konnte nicht erneuert werden</translation>
    </message>
    <message>
        <source>the access token ran out (4001): renewing it</source>
        <translation>das Zugriffstoken ist abgelaufen (4001): wird erneuert</translation>
    </message>
    <message>
        <source>the server refused the access token again (4001), after a refresh</source>
        <translation>der Server hat das Zugriffstoken nach einer Erneuerung erneut abgelehnt (4001)</translation>
    </message>
    <message>
        <source>token rejected (4001): refreshing it once</source>
        <translation>Token abgelehnt (4001): wird einmal erneuert</translation>
    </message>
    <message>
        <source>a message over the %1-byte limit was refused; reconnecting</source>
        <translation>eine Nachricht über dem Limit von %1 Bytes wurde abgewiesen; Neuverbindung</translation>
    </message>
    <message>
        <source>the server refuses this channel: %1</source>
        <translation>der Server verweigert diesen Kanal: %1</translation>
    </message>
    <message>
        <source>gave up after %1 attempts; last: %2</source>
        <translation>nach %1 Versuchen aufgegeben; zuletzt: %2</translation>
    </message>
    <message>
        <source>no frame within %1 s of a ping (connection half-open)</source>
        <translation>kein Frame innerhalb von %1 s nach einem Ping (Verbindung halboffen)</translation>
    </message>
    <message>
        <source>no answer within %1 s of connecting</source>
        <translation>keine Antwort innerhalb von %1 s nach dem Verbinden</translation>
    </message>
    <message>
        <source>connected, but the server sent no welcome message within %1 s (does the profile &quot;%2&quot; match this server? a server that sends none needs liveOn &quot;open&quot;)</source>
        <translation>verbunden, aber der Server hat innerhalb von %1 s keine Begrüßungsnachricht gesendet (passt das Profil „%2“ zu diesem Server? Ein Server, der keine sendet, benötigt liveOn „open“)</translation>
    </message>
    <message>
        <source>seq %1 was already received (duplicate; last %2): not applied</source>
        <translation>seq %1 wurde bereits empfangen (Duplikat; zuletzt %2): nicht angewendet</translation>
    </message>
    <message>
        <source>seq %1 arrived after %2 (out of order; its gap was resynced): not applied</source>
        <translation>seq %1 kam nach %2 an (falsche Reihenfolge; seine Lücke wurde neu synchronisiert): nicht angewendet</translation>
    </message>
    <message>
        <source>the socket &quot;%1&quot; is not open</source>
        <translation>der Socket „%1“ ist nicht offen</translation>
    </message>
    <message>
        <source>no live socket is open: connect first</source>
        <translation>kein Live-Socket ist offen: Verbinden Sie sich zuerst</translation>
    </message>
    <message>
        <source>no socket &quot;%1&quot;</source>
        <translation>kein Socket „%1“</translation>
    </message>
</context>
<context>
    <name>Dms::LiveTablePanel</name>
    <message>
        <source>Live table</source>
        <translation>Live-Tabelle</translation>
    </message>
    <message>
        <source>Row actions</source>
        <translation>Zeilenaktionen</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the table</source>
        <translation>Tabelle durchsuchen</translation>
    </message>
    <message>
        <source>Show a filter box under each column title</source>
        <translation>Unter jedem Spaltentitel ein Filterfeld anzeigen</translation>
    </message>
    <message>
        <source>Column filters</source>
        <translation>Spaltenfilter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause this table (F8): the session stays live and changes wait until you resume</source>
        <translation>Diese Tabelle anhalten (F8): Die Sitzung bleibt live, Änderungen warten, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Pause or resume the table</source>
        <translation>Tabelle anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Resume and apply the waiting changes</source>
        <translation>Fortsetzen und die wartenden Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Counts by status</source>
        <translation>Anzahl nach Status</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Zeilenanzahl</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: no changes waiting</source>
        <translation>Angehalten: keine wartenden Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only rows with this status (click others to add them)</source>
        <translation>Nur Zeilen mit diesem Status anzeigen (weitere anklicken, um sie hinzuzufügen)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) shown</source>
        <translation>
            <numerusform>%1 von %n Zeile angezeigt</numerusform>
            <numerusform>%1 von %n Zeilen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown now (filters, sort and visible columns as on screen) as a CSV file</source>
        <translation>Die jetzt angezeigten Zeilen (Filter, Sortierung und sichtbare Spalten wie auf dem Bildschirm) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation type="vanished">Die Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>%1 — show all</source>
        <translation>%1 — alle anzeigen</translation>
    </message>
    <message>
        <source>Showing the rows of a Dashboard figure; click to show every row</source>
        <translation>Zeigt die Zeilen einer Zahl aus der Übersicht; klicken, um alle Zeilen anzuzeigen</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown now (filters, sort and visible columns as on screen) as a CSV or XLSX file</source>
        <translation>Die jetzt angezeigten Zeilen (Filter, Sortierung und sichtbare Spalten wie auf dem Bildschirm) als CSV- oder XLSX-Datei speichern</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Die Tabelle exportieren</translation>
    </message>
</context>
<context>
    <name>Dms::MainWindow</name>
    <message>
        <source>DMS Live Console</source>
        <translation>DMS Live Console</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Console views</source>
        <translation>Konsolenansichten</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>Alles &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Fetch every table shown again</source>
        <translation>Alle angezeigten Tabellen erneut abrufen</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>S&amp;witch server…</source>
        <translation>Server &amp;wechseln…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Anträge</translation>
    </message>
    <message>
        <source>&amp;Crates</source>
        <translation>&amp;Kisten</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Frames</source>
        <translation>&amp;Frames</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DMS Live Console</source>
        <translation>&amp;Über DMS Live Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Connection detail</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry connecting</source>
        <translation>Verbindung erneut versuchen</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>Sign in without encryption</source>
        <translation>Ohne Verschlüsselung anmelden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Use an https:// address for %1.</source>
        <translation>Verwenden Sie eine https://-Adresse für %1.</translation>
    </message>
    <message>
        <source>Unknown dialect profile</source>
        <translation>Unbekanntes Dialektprofil</translation>
    </message>
    <message>
        <source>Cannot use the CA file</source>
        <translation>Die CA-Datei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Nothing is remembered on this computer: %1</source>
        <translation>Auf diesem Computer wird nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>Einheit %1</translation>
    </message>
    <message>
        <source>Server: %1
Dialect: %2</source>
        <translation>Server: %1
Dialekt: %2</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 — DMS Live Console</source>
        <translation>%1 — DMS Live Console</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Withdrawal, destruction and transfer requests and send-backs (Ctrl+1)</source>
        <translation>Entnahme-, Vernichtungs- und Transferanträge sowie Rücksendungen (Ctrl+1)</translation>
    </message>
    <message>
        <source>The unit&apos;s crates (Ctrl+2)</source>
        <translation>Die Kisten der Einheit (Ctrl+2)</translation>
    </message>
    <message>
        <source>The audit log, live (Ctrl+3)</source>
        <translation>Das Audit-Protokoll, live (Ctrl+3)</translation>
    </message>
    <message>
        <source>Health of the live channel (Ctrl+4)</source>
        <translation>Zustand des Live-Kanals (Ctrl+4)</translation>
    </message>
    <message>
        <source>Multi-user simulation: virtual users, latency, delivery, isolation (Ctrl+5)</source>
        <translation>Mehrbenutzer-Simulation: virtuelle Benutzer, Latenz, Zustellung, Isolation (Ctrl+5)</translation>
    </message>
    <message>
        <source>Every frame in and out (Ctrl+6)</source>
        <translation>Jeder ein- und ausgehende Frame (Ctrl+6)</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Lab equipment, live (seed-004 backends)</source>
        <translation>Laborgeräte, live (seed-004-Backends)</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>live seit %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>connecting, attempt %1…</source>
        <translation>Verbindung wird aufgebaut, Versuch %1…</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>attempt %1 of %2, next in %3 s</source>
        <translation>Versuch %1 von %2, nächster in %3 s</translation>
    </message>
    <message>
        <source>attempt %1, next in %2 s</source>
        <translation>Versuch %1, nächster in %2 s</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <source>signed out: %1</source>
        <translation>abgemeldet: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Sent back to you</source>
        <translation>An Sie zurückgeschickt</translation>
    </message>
    <message>
        <source>Request #%1 was sent back for changes.</source>
        <translation>Antrag #%1 wurde zur Überarbeitung zurückgeschickt.</translation>
    </message>
    <message>
        <source>Signed out by the server: %1</source>
        <translation>Vom Server abgemeldet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n table(s)…</source>
        <translation>
            <numerusform>%n Tabelle wird aktualisiert…</numerusform>
            <numerusform>%n Tabellen werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>asked by the user</source>
        <translation>vom Benutzer angefordert</translation>
    </message>
    <message>
        <source>About DMS Live Console</source>
        <translation>Über DMS Live Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DMS Live Console %1&lt;/h3&gt;&lt;p&gt;Watches a document-management server live: requests, crates, the audit stream and the health of the live channel.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DMS Live Console %1&lt;/h3&gt;&lt;p&gt;Überwacht einen Dokumentenmanagement-Server live: Anträge, Kisten, den Audit-Strom und den Zustand des Live-Kanals.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Storage locations: occupancy and the crates at each</source>
        <translation>Lagerorte: Belegung und die Kisten an jedem Lagerort</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Your unit at a glance, and the alerts (Ctrl+0)</source>
        <translation>Ihre Einheit auf einen Blick und die Meldungen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Dashboard (%1)</source>
        <translation>Übersicht (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer in the table.</source>
        <translation>%1 ist nicht mehr in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>Dms::MemorySecretStore</name>
    <message>
        <source>no keychain available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
</context>
<context>
    <name>Dms::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Dms::PausableTableModel</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>Dms::PreferencesDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>Heartbeat-Intervall</translation>
    </message>
    <message>
        <source>Heartbeat answer timeout</source>
        <translation>Zeitlimit für die Heartbeat-Antwort</translation>
    </message>
    <message>
        <source>First reconnect delay</source>
        <translation>Erste Wartezeit vor dem Neuverbinden</translation>
    </message>
    <message>
        <source>Longest reconnect delay</source>
        <translation>Längste Wartezeit vor dem Neuverbinden</translation>
    </message>
    <message>
        <source>When offline, try again every</source>
        <translation>Wenn offline, erneut versuchen alle</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>never give up</source>
        <translation>nie aufgeben</translation>
    </message>
    <message>
        <source>Reconnect attempts before going offline</source>
        <translation>Verbindungsversuche, bevor offline geschaltet wird</translation>
    </message>
    <message>
        <source>only on Retry or when the network returns</source>
        <translation>nur bei „Erneut versuchen“ oder wenn das Netz zurückkehrt</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Live channel</source>
        <translation>Live-Kanal</translation>
    </message>
    <message>
        <source>&amp;Heartbeat every:</source>
        <translation>&amp;Heartbeat alle:</translation>
    </message>
    <message>
        <source>Dead if no answer &amp;within:</source>
        <translation>Getrennt ohne Antwort &amp;nach:</translation>
    </message>
    <message>
        <source>&amp;First reconnect after up to:</source>
        <translation>&amp;Erstes Neuverbinden nach bis zu:</translation>
    </message>
    <message>
        <source>&amp;Longest reconnect delay:</source>
        <translation>&amp;Längste Wartezeit:</translation>
    </message>
    <message>
        <source>&amp;Attempts before offline:</source>
        <translation>&amp;Versuche bis offline:</translation>
    </message>
    <message>
        <source>When offline, try &amp;again every:</source>
        <translation>Offline erneut versuchen &amp;alle:</translation>
    </message>
    <message>
        <source>Reconnect delays double after each failed attempt (with random jitter) up to the longest delay. Changes apply at once.</source>
        <translation>Die Wartezeiten verdoppeln sich nach jedem fehlgeschlagenen Versuch (mit zufälliger Streuung) bis zur längsten Wartezeit. Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Changes by others to &amp;my requests (approved, rejected, sent back, …)</source>
        <translation>Änderungen anderer an &amp;meinen Anträgen (genehmigt, abgelehnt, zurückgeschickt, …)</translation>
    </message>
    <message>
        <source>Requests &amp;waiting for me (new, resubmitted, approved → issue)</source>
        <translation>Anträge, die auf mich &amp;warten (neu, erneut eingereicht, genehmigt → ausgeben)</translation>
    </message>
    <message>
        <source>Transfers &amp;coming to my unit</source>
        <translation>Transfers, die in meine Einheit &amp;kommen</translation>
    </message>
    <message>
        <source>The console going &amp;offline and coming back</source>
        <translation>Die Konsole geht &amp;offline und wieder online</translation>
    </message>
    <message>
        <source>Alerts (desktop notifications and the Dashboard&apos;s feed)</source>
        <translation>Meldungen (Desktop-Benachrichtigungen und die Meldungsliste der Übersicht)</translation>
    </message>
    <message>
        <source>A burst of changes gives one summary; a change to the row you are looking at stays quiet. Your own changes never alert.</source>
        <translation>Viele Änderungen auf einmal ergeben eine Zusammenfassung; eine Änderung an der Zeile, die Sie gerade ansehen, bleibt still. Ihre eigenen Änderungen lösen nie eine Meldung aus.</translation>
    </message>
</context>
<context>
    <name>Dms::QueryClient</name>
    <message>
        <source>Unexpected answer for %1.</source>
        <translation>Unerwartete Antwort für %1.</translation>
    </message>
</context>
<context>
    <name>Dms::ReportDiff</name>
    <message>
        <source>any increase</source>
        <translation>jede Zunahme</translation>
    </message>
    <message>
        <source>any drop</source>
        <translation>jeder Rückgang</translation>
    </message>
    <message>
        <source>any change</source>
        <translation>jede Änderung</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected NAME=LIMIT, e.g. p95_ms=10% or p95_ms=50</source>
        <translation>„%1“: NAME=LIMIT erwartet, z. B. p95_ms=10% oder p95_ms=50</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown metric &quot;%2&quot; (known: %3)</source>
        <translation>„%1“: unbekannte Kennzahl „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the limit must be a number of at least 0, with % for a share of the baseline (p95_ms=10%) or without for the metric&apos;s unit (p95_ms=50)</source>
        <translation>„%1“: Das Limit muss eine Zahl von mindestens 0 sein, mit % für einen Anteil der Basislinie (p95_ms=10%) oder ohne für die Einheit der Kennzahl (p95_ms=50)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 %2 (baseline %3)</source>
        <translation>%1 %2 (Basislinie %3)</translation>
    </message>
    <message>
        <source>%1 %2 (baseline %3, %4%5</source>
        <translation>%1 %2 (Basislinie %3, %4%5</translation>
    </message>
    <message>
        <source>; limit %1</source>
        <translation>; Limit %1</translation>
    </message>
    <message>
        <source>the runs are of different scenarios (&quot;%1&quot; and &quot;%2&quot;): the figures may not compare</source>
        <translation>die Läufe gehören zu verschiedenen Szenarien („%1“ und „%2“): Die Zahlen sind womöglich nicht vergleichbar</translation>
    </message>
    <message>
        <source>the runs differ in %1 (%2 and %3): counts follow it</source>
        <translation>die Läufe unterscheiden sich in %1 (%2 und %3): Die Zählwerte folgen dem</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>the baseline run was aborted</source>
        <translation>der Basislauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>the current run was aborted</source>
        <translation>der aktuelle Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>REGRESSED</source>
        <translation>VERSCHLECHTERT</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Baseline %1 (%2), current %3 (%4)
</source>
        <translation>Basislinie %1 (%2), aktuell %3 (%4)
</translation>
    </message>
    <message numerus="yes">
        <source>Result: OK, no metric regressed past its limit (%n improved)
</source>
        <translation>
            <numerusform>Ergebnis: OK, keine Kennzahl hat sich über ihr Limit verschlechtert (%n verbessert)
</numerusform>
            <numerusform>Ergebnis: OK, keine Kennzahl hat sich über ihr Limit verschlechtert (%n verbessert)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: OK, no metric regressed past its limit
</source>
        <translation>Ergebnis: OK, keine Kennzahl hat sich über ihr Limit verschlechtert
</translation>
    </message>
    <message numerus="yes">
        <source>Result: REGRESSED, %n metric(s) past the limit: %1
</source>
        <translation>
            <numerusform>Ergebnis: VERSCHLECHTERT, %n Kennzahl über dem Limit: %1
</numerusform>
            <numerusform>Ergebnis: VERSCHLECHTERT, %n Kennzahlen über dem Limit: %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::RequestActions</name>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Zurückschicken</translation>
    </message>
    <message>
        <source>Allocate storage</source>
        <translation>Lagerort zuweisen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Relocate</source>
        <translation>Umlagern</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>This server&apos;s profile names no route for %1 on a %2 (rest.actions)</source>
        <translation>Das Profil dieses Servers nennt keine Route für %1 bei %2 (rest.actions)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>refused: the password (your signature) is wrong, or your role may not do this</source>
        <translation>abgelehnt: Das Passwort (Ihre Signatur) ist falsch, oder Ihre Rolle darf dies nicht</translation>
    </message>
    <message>
        <source>refused: your role or unit may not do this</source>
        <translation>abgelehnt: Ihre Rolle oder Einheit darf dies nicht</translation>
    </message>
    <message>
        <source>no longer possible: someone changed it first</source>
        <translation>nicht mehr möglich: Jemand anderes hat es zuerst geändert</translation>
    </message>
    <message>
        <source>not found: it was deleted or belongs to another unit</source>
        <translation>nicht gefunden: Es wurde gelöscht oder gehört zu einer anderen Einheit</translation>
    </message>
    <message>
        <source>the server refused the input</source>
        <translation>der Server hat die Eingabe abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed. (%3)</source>
        <translation>%1: %2. Es wurde nichts geändert. (%3)</translation>
    </message>
    <message>
        <source>%1 %2: done.</source>
        <translation>%1 %2: erledigt.</translation>
    </message>
</context>
<context>
    <name>Dms::RequestsPanel</name>
    <message>
        <source>Request types</source>
        <translation>Antragsarten</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>Vernichtung</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>%1 · %2 pending</source>
        <translation>%1 · %2 offen</translation>
    </message>
    <message>
        <source>Send-backs · %1 open</source>
        <translation>Rücksendungen · %1 offen</translation>
    </message>
    <message>
        <source>Send-backs</source>
        <translation>Rücksendungen</translation>
    </message>
</context>
<context>
    <name>Dms::RestQueryFetcher</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The server did not answer %1.</source>
        <translation>Der Server hat %1 nicht beantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n page(s).</source>
        <translation>
            <numerusform>%1 hat mehr als %n Seite.</numerusform>
            <numerusform>%1 hat mehr als %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected answer from the server for %1.</source>
        <translation>Unerwartete Antwort des Servers für %1.</translation>
    </message>
    <message>
        <source>No data source is known for “%1”.</source>
        <translation>Für „%1“ ist keine Datenquelle bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has more than %n row(s); nothing of it was applied.</source>
        <translation>
            <numerusform>%1 hat mehr als %n Zeile; nichts davon wurde übernommen.</numerusform>
            <numerusform>%1 hat mehr als %n Zeilen; nichts davon wurde übernommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::RestRoutes</name>
    <message>
        <source>profile field &quot;rest.auth&quot; must be an object</source>
        <translation>Profilfeld „rest.auth“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;rest.auth.%1&quot; must be a path starting with /</source>
        <translation>Profilfeld „rest.auth.%1“ muss ein mit / beginnender Pfad sein</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries&quot; must be an object</source>
        <translation>Profilfeld „rest.queries“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries.%1.shape&quot; must be list, object or audit</source>
        <translation>Profilfeld „rest.queries.%1.shape“ muss list, object oder audit sein</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries.%1.shape&quot; must be a string</source>
        <translation>Profilfeld „rest.queries.%1.shape“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries.%1&quot; must be a path starting with / (or an object with one in &quot;path&quot;)</source>
        <translation>Profilfeld „rest.queries.%1“ muss ein mit / beginnender Pfad sein (oder ein Objekt mit einem solchen in „path“)</translation>
    </message>
    <message>
        <source>profile field &quot;rest.queries.%1&quot;: a key ending in /{id} needs {id} in its path, and only such a key may have one</source>
        <translation>Profilfeld „rest.queries.%1“: Ein auf /{id} endender Schlüssel braucht {id} in seinem Pfad, und nur ein solcher Schlüssel darf es enthalten</translation>
    </message>
    <message>
        <source>profile field &quot;rest.actions&quot; must be an object</source>
        <translation>Profilfeld „rest.actions“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>profile field &quot;rest.actions.%1&quot; must be a path starting with /</source>
        <translation>Profilfeld „rest.actions.%1“ muss ein mit / beginnender Pfad sein</translation>
    </message>
</context>
<context>
    <name>Dms::RowActions</name>
    <message>
        <source>%1 the selected row (%2)</source>
        <translation>%1: ausgewählte Zeile (%2)</translation>
    </message>
    <message>
        <source>%1: asking the server…</source>
        <translation>%1: Anfrage an den Server…</translation>
    </message>
</context>
<context>
    <name>Dms::RttChart</name>
    <message>
        <source>Heartbeat round trip (ms), last 10 minutes</source>
        <translation>Heartbeat-Umlaufzeit (ms), letzte 10 Minuten</translation>
    </message>
    <message>
        <source>Round-trip time chart</source>
        <translation>Diagramm der Umlaufzeit</translation>
    </message>
</context>
<context>
    <name>Dms::Scenario</name>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation>unbekanntes Feld (hier erlaubt: %1)</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is out of range: must be above %2 and at most %3</source>
        <translation>%1 liegt außerhalb des Bereichs: muss größer als %2 und höchstens %3 sein</translation>
    </message>
    <message>
        <source>%1 is out of range %2 … %3</source>
        <translation>%1 liegt außerhalb des Bereichs %2 … %3</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a unit number or a unit id, not &quot;%1&quot; (%2)</source>
        <translation>muss eine Einheitennummer oder eine Einheiten-ID sein, nicht „%1“ (%2)</translation>
    </message>
    <message>
        <source>must be a unit number or a unit id, not %1</source>
        <translation>muss eine Einheitennummer oder eine Einheiten-ID sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a step must be an object, not %1</source>
        <translation>ein Schritt muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>a step needs an &quot;action&quot; (one of %1)</source>
        <translation>ein Schritt benötigt eine „action“ (eine von %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action (one of %2)</source>
        <translation>„%1“ ist keine Aktion (eine von %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a &quot;kind&quot; (%2)</source>
        <translation>„%1“ benötigt eine „kind“ (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request kind (%2)</source>
        <translation>„%1“ ist keine Antragsart (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no kind</source>
        <translation>„%1“ hat keine Art</translation>
    </message>
    <message>
        <source>only transfer steps have a destination</source>
        <translation>nur Transferschritte haben ein Ziel</translation>
    </message>
    <message>
        <source>the destination must be another unit than %1</source>
        <translation>das Ziel muss eine andere Einheit als %1 sein</translation>
    </message>
    <message>
        <source>&quot;disconnect-all&quot; is a timed step: give &quot;at_s&quot;</source>
        <translation>„disconnect-all“ ist ein zeitgesteuerter Schritt: Geben Sie „at_s“ an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not auto, server or client</source>
        <translation>„%1“ ist nicht auto, server oder client</translation>
    </message>
    <message>
        <source>only disconnect-all has a method</source>
        <translation>nur disconnect-all hat eine Methode</translation>
    </message>
    <message>
        <source>only with &quot;stages&quot;</source>
        <translation>nur mit „stages“</translation>
    </message>
    <message>
        <source>must be a non-empty array of {&quot;duration_s&quot;: S, &quot;users&quot;: N, &quot;rate&quot;: R}</source>
        <translation>muss ein nicht leeres Array aus {&quot;duration_s&quot;: S, &quot;users&quot;: N, &quot;rate&quot;: R} sein</translation>
    </message>
    <message>
        <source>a stage must be an object, not %1</source>
        <translation>eine Stufe muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>a stage needs &quot;duration_s&quot;</source>
        <translation>eine Stufe benötigt „duration_s“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage name (letters, digits, _ . -; not a number)</source>
        <translation>„%1“ ist kein Stufenname (Buchstaben, Ziffern, _ . -; keine Zahl)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two stages</source>
        <translation>„%1“ benennt zwei Stufen</translation>
    </message>
    <message>
        <source>the first stage needs &quot;users&quot;</source>
        <translation>die erste Stufe benötigt „users“</translation>
    </message>
    <message>
        <source>the first stage needs &quot;rate&quot; (or the scenario a &quot;rate&quot;)</source>
        <translation>die erste Stufe benötigt „rate“ (oder das Szenario eine „rate“)</translation>
    </message>
    <message>
        <source>%1 s is not the stages&apos; sum (%2 s): leave it out with &quot;stages&quot;</source>
        <translation>%1 s ist nicht die Summe der Stufen (%2 s): Lassen Sie es bei „stages“ weg</translation>
    </message>
    <message>
        <source>no built-in scenario of that name (built-ins: %1)</source>
        <translation>kein eingebautes Szenario dieses Namens (eingebaut: %1)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>a scenario is a JSON object</source>
        <translation>ein Szenario ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not dms-scenario/1</source>
        <translation>„%1“ ist nicht dms-scenario/1</translation>
    </message>
    <message>
        <source>a scenario needs a &quot;name&quot;</source>
        <translation>ein Szenario benötigt einen „name“</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an object {&quot;units&quot;: M, &quot;per_unit&quot;: K}</source>
        <translation>muss ein Objekt {&quot;units&quot;: M, &quot;per_unit&quot;: K} sein</translation>
    </message>
    <message>
        <source>must be an array of view names</source>
        <translation>muss ein Array von Ansichtsnamen sein</translation>
    </message>
    <message>
        <source>%1 is not a view (%2)</source>
        <translation>%1 ist keine Ansicht (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not constant or poisson</source>
        <translation>„%1“ ist nicht constant oder poisson</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must not be below live.reconnect_base_s (%1)</source>
        <translation>darf nicht unter live.reconnect_base_s (%1) liegen</translation>
    </message>
    <message>
        <source>a scenario needs &quot;steps&quot;</source>
        <translation>ein Szenario benötigt „steps“</translation>
    </message>
    <message>
        <source>must be a non-empty array of steps</source>
        <translation>muss ein nicht leeres Array von Schritten sein</translation>
    </message>
    <message>
        <source>unit %1 does not exist: the scenario has %2 unit(s) (users.units)</source>
        <translation>Einheit %1 existiert nicht: Das Szenario hat %2 Einheit(en) (users.units)</translation>
    </message>
    <message>
        <source>%1 s is not within the run (duration_s %2)</source>
        <translation>%1 s liegt nicht innerhalb des Laufs (duration_s %2)</translation>
    </message>
    <message>
        <source>transfers need at least 2 units (users.units)</source>
        <translation>Transfers benötigen mindestens 2 Einheiten (users.units)</translation>
    </message>
    <message>
        <source>some stage&apos;s rate must be above 0 when steps have no &quot;at_s&quot;</source>
        <translation>die Rate einer Stufe muss größer als 0 sein, wenn Schritte kein „at_s“ haben</translation>
    </message>
    <message>
        <source>must be above 0 when steps have no &quot;at_s&quot;</source>
        <translation>muss größer als 0 sein, wenn Schritte kein „at_s“ haben</translation>
    </message>
    <message>
        <source>must be an array of strings like &quot;p95_ms &lt; 100&quot;</source>
        <translation>muss ein Array von Zeichenketten wie „p95_ms &lt; 100“ sein</translation>
    </message>
    <message>
        <source>needs &quot;threshold&quot;, a string like &quot;p95_ms &lt; 100&quot;</source>
        <translation>benötigt „threshold“, eine Zeichenkette wie „p95_ms &lt; 100“</translation>
    </message>
    <message>
        <source>must be a string like &quot;p95_ms &lt; 100&quot;</source>
        <translation>muss eine Zeichenkette wie „p95_ms &lt; 100“ sein</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a string like &quot;p95_ms &lt; 100&quot;, not %1</source>
        <translation>muss eine Zeichenkette wie „p95_ms &lt; 100“ sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no stage &quot;%2&quot; (stages: %3)</source>
        <translation>„%1“: keine Stufe „%2“ (Stufen: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: names stage &quot;%2&quot;, but the scenario has no &quot;stages&quot;</source>
        <translation>„%1“: nennt die Stufe „%2“, aber das Szenario hat keine „stages“</translation>
    </message>
</context>
<context>
    <name>Dms::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer (keychain)</source>
        <translation>Auf diesem &amp;Computer angemeldet bleiben (Schlüsselbund)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in — DMS Live Console</source>
        <translation>Anmelden — DMS Live Console</translation>
    </message>
    <message>
        <source>DMS Live Console</source>
        <translation>DMS Live Console</translation>
    </message>
    <message>
        <source>Sign in to watch your unit&apos;s documents live.</source>
        <translation>Melden Sie sich an, um die Dokumente Ihrer Einheit live zu verfolgen.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Dialect profile</source>
        <translation>Dialektprofil</translation>
    </message>
    <message>
        <source>How this server speaks on its live channel</source>
        <translation>Wie dieser Server auf seinem Live-Kanal kommuniziert</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. u1_head1</source>
        <translation>z. B. u1_head1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Empty: use the remembered session</source>
        <translation>Leer: gespeicherte Sitzung verwenden</translation>
    </message>
    <message>
        <source>Keeps the session (never the password) in the system keychain</source>
        <translation>Speichert die Sitzung (nie das Passwort) im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>This does not look like a DMS server</source>
        <translation>Das sieht nicht nach einem DMS-Server aus</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>The server refused the sign-in</source>
        <translation>Der Server hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Could not sign in</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
    <message>
        <source>Check the server address</source>
        <translation>Prüfen Sie die Serveradresse</translation>
    </message>
    <message>
        <source>Give the whole address, starting with https:// or http://, e.g. https://dms.example.org</source>
        <translation>Geben Sie die vollständige Adresse an, beginnend mit https:// oder http://, z. B. https://dms.example.org</translation>
    </message>
</context>
<context>
    <name>Dms::SignInService</name>
    <message>
        <source>no keychain available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Signing in as %1</source>
        <translation>Anmeldung als %1</translation>
    </message>
    <message>
        <source>The server address must be an http:// or https:// URL</source>
        <translation>Die Serveradresse muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>No user name given</source>
        <translation>Kein Benutzername angegeben</translation>
    </message>
    <message>
        <source>No password given and none remembered for %1 (%2)</source>
        <translation>Kein Passwort angegeben und keines für %1 (%2) gespeichert</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>No password given and none remembered for %1</source>
        <translation>Kein Passwort angegeben und keines für %1 gespeichert</translation>
    </message>
    <message>
        <source>The remembered password was refused: %1</source>
        <translation>Das gespeicherte Passwort wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Dms::SimDeliveryChart</name>
    <message>
        <source>Receipts per window: expected, delivered, missing</source>
        <translation>Empfänge je Zeitfenster: erwartet, zugestellt, fehlend</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>s since the first action</source>
        <translation>s seit der ersten Aktion</translation>
    </message>
    <message>
        <source>Delivery chart</source>
        <translation>Zustelldiagramm</translation>
    </message>
</context>
<context>
    <name>Dms::SimExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a simulation report: %2</source>
        <translation>%1 ist kein Simulationsbericht: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Dms::SimHistogramChart</name>
    <message>
        <source>receipts</source>
        <translation>Empfänge</translation>
    </message>
    <message>
        <source>Latency distribution (receipts, ms)</source>
        <translation>Latenzverteilung (Empfänge, ms)</translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation>Latenz-Histogramm</translation>
    </message>
</context>
<context>
    <name>Dms::SimLatencyChart</name>
    <message>
        <source>Latency per window: POST sent → frame received (ms)</source>
        <translation>Latenz je Fenster: POST → Frame empfangen (ms)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p95 to table</source>
        <translation>p95 bis Tabelle</translation>
    </message>
    <message>
        <source>s since the first action</source>
        <translation>s seit der ersten Aktion</translation>
    </message>
    <message>
        <source>Latency percentiles chart</source>
        <translation>Diagramm der Latenz-Perzentile</translation>
    </message>
</context>
<context>
    <name>Dms::SimPlan</name>
    <message>
        <source>%1: the scenario &quot;%2&quot; ramps in stages, which set its rate and duration (edit its &quot;stages&quot; instead)</source>
        <translation>%1: Das Szenario „%2“ steigt in Stufen an, die seine Rate und Dauer festlegen (bearbeiten Sie stattdessen seine „stages“)</translation>
    </message>
    <message>
        <source>--duration %1 s ends before steps[%2].at_s (%3 s)</source>
        <translation>--duration %1 s endet vor steps[%2].at_s (%3 s)</translation>
    </message>
    <message>
        <source>threshold %1 &quot;%2&quot;: %3</source>
        <translation>Schwellenwert %1 „%2“: %3</translation>
    </message>
    <message>
        <source>threshold %1 &quot;%2&quot;: the scenario has no stage &quot;%3&quot;%4</source>
        <translation>Schwellenwert %1 „%2“: Das Szenario hat keine Stufe „%3“%4</translation>
    </message>
    <message>
        <source>--server URL is required</source>
        <translation>--server URL ist erforderlich</translation>
    </message>
    <message>
        <source>shard %1 has no users (only %2 in all)</source>
        <translation>Shard %1 hat keine Benutzer (nur %2 insgesamt)</translation>
    </message>
    <message>
        <source>--admin %1: no password (set DMS_ADMIN_PASSWORD or list the admin in the users file)</source>
        <translation>--admin %1: kein Passwort (setzen Sie DMS_ADMIN_PASSWORD oder führen Sie den Administrator in der Benutzerdatei auf)</translation>
    </message>
</context>
<context>
    <name>Dms::SimReport</name>
    <message>
        <source>no samples</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <source>p50 %1  p90 %2  p95 %3  p99 %4  max %5  (%6 samples)</source>
        <translation>p50 %1  p90 %2  p95 %3  p99 %4  max %5  (%6 Messwerte)</translation>
    </message>
    <message>
        <source>meant only for %1</source>
        <translation>nur für %1 bestimmt</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>meant for unit %1</source>
        <translation>für Einheit %1 bestimmt</translation>
    </message>
    <message>
        <source>the send-back notification of request %1</source>
        <translation>die Rücksende-Benachrichtigung von Antrag %1</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 (unit %2) received %3%4, %5</source>
        <translation>%1 (Einheit %2) empfing %3%4, %5</translation>
    </message>
    <message>
        <source>%1 (unit %2): %3 lacks row %4 that the server has (%5)</source>
        <translation>%1 (Einheit %2): %3 fehlt die Zeile %4, die der Server hat (%5)</translation>
    </message>
    <message>
        <source>%1 (unit %2): %3 shows row %4 that the server does not have for the unit (%5)</source>
        <translation>%1 (Einheit %2): %3 zeigt die Zeile %4, die der Server für die Einheit nicht hat (%5)</translation>
    </message>
    <message>
        <source>%1 (unit %2): %3 row %4 differs in %5: shows %6, server has %7</source>
        <translation>%1 (Einheit %2): %3 Zeile %4 weicht in %5 ab: zeigt %6, Server hat %7</translation>
    </message>
    <message>
        <source>not a %1 report (schema &quot;%2&quot;)</source>
        <translation>kein %1-Bericht (Schema „%2“)</translation>
    </message>
    <message>
        <source>latency.%1</source>
        <translation>latency.%1</translation>
    </message>
    <message>
        <source>windows[%1].%2</source>
        <translation>windows[%1].%2</translation>
    </message>
    <message>
        <source>storms[%1].%2</source>
        <translation>storms[%1].%2</translation>
    </message>
    <message>
        <source>stages[%1].%2</source>
        <translation>stages[%1].%2</translation>
    </message>
    <message>
        <source>thresholds[%1]: %2</source>
        <translation>thresholds[%1]: %2</translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation>nichts zusammenzuführen</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>%1 is of scenario &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>%1 gehört zum Szenario „%2“, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 has %2 ms windows, the first has %3 ms</source>
        <translation>%1 hat Zeitfenster von %2 ms, der erste hat %3 ms</translation>
    </message>
    <message>
        <source>%1 is one of %2 shards, the first one of %3</source>
        <translation>%1 ist einer von %2 Shards, der erste einer von %3</translation>
    </message>
    <message>
        <source>%1: shard %2 is in the merge twice</source>
        <translation>%1: Shard %2 ist doppelt in der Zusammenführung</translation>
    </message>
    <message>
        <source>%1: user %2 ran in two shards (overlapping user slices)</source>
        <translation>%1: Benutzer %2 lief in zwei Shards (überlappende Benutzerbereiche)</translation>
    </message>
    <message>
        <source>merged %1 of %2 shards: the result covers only their users</source>
        <translation>%1 von %2 Shards zusammengeführt: Das Ergebnis umfasst nur deren Benutzer</translation>
    </message>
    <message>
        <source>Scenario %1: %2 users in %3 unit(s), %4 s at %5 actions/s (shard %6)
</source>
        <translation>Szenario %1: %2 Benutzer in %3 Einheit(en), %4 s mit %5 Aktionen/s (Shard %6)
</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>%1 accepted, %2 refused or failed, %3 ticks skipped</source>
        <translation>%1 angenommen, %2 abgelehnt oder fehlgeschlagen, %3 Takte übersprungen</translation>
    </message>
    <message>
        <source>changes tracked</source>
        <translation>verfolgte Änderungen</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>Empfänge</translation>
    </message>
    <message>
        <source>%1 of %2 delivered, %3 missing, %4 late, %5 while down</source>
        <translation>%1 von %2 zugestellt, %3 fehlend, %4 verspätet, %5 während Ausfall</translation>
    </message>
    <message>
        <source>change_delivery</source>
        <translation>change_delivery</translation>
    </message>
    <message>
        <source>frames by seq</source>
        <translation>Frames nach seq</translation>
    </message>
    <message>
        <source>%1 received, %2 missed in %3 gap(s)</source>
        <translation>%1 empfangen, %2 verpasst in %3 Lücke(n)</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>POST → frame (ms)</source>
        <translation>POST → Frame (ms)</translation>
    </message>
    <message>
        <source>POST → table (ms)</source>
        <translation>POST → Tabelle (ms)</translation>
    </message>
    <message>
        <source>emit → frame (ms)</source>
        <translation>Senden → Frame (ms)</translation>
    </message>
    <message>
        <source>POST round trip (ms)</source>
        <translation>POST-Umlaufzeit (ms)</translation>
    </message>
    <message>
        <source>status changes: POST → frame (ms)</source>
        <translation>Statusänderungen: POST → Frame (ms)</translation>
    </message>
    <message>
        <source>status changes: POST → table (ms)</source>
        <translation>Statusänderungen: POST → Tabelle (ms)</translation>
    </message>
    <message>
        <source>status changes: table − frame (ms)</source>
        <translation>Statusänderungen: Tabelle − Frame (ms)</translation>
    </message>
    <message>
        <source>fetched fields: table − frame (ms)</source>
        <translation>abgerufene Felder: Tabelle − Frame (ms)</translation>
    </message>
    <message>
        <source>leaks / duplicates / order</source>
        <translation>Lecks / Duplikate / Reihenfolge</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>tables not showing a change</source>
        <translation>Tabellen, die eine Änderung nicht zeigen</translation>
    </message>
    <message>
        <source>refetches</source>
        <translation>Neuabrufe</translation>
    </message>
    <message>
        <source>%1 (%2 per event)</source>
        <translation>%1 (%2 je Ereignis)</translation>
    </message>
    <message>
        <source>rows fetched alone</source>
        <translation>einzeln abgerufene Zeilen</translation>
    </message>
    <message>
        <source>REST GETs</source>
        <translation>REST-GETs</translation>
    </message>
    <message>
        <source>%1, %2 bytes (%3 GETs, %4 bytes per event)</source>
        <translation>%1, %2 Bytes (%3 GETs, %4 Bytes je Ereignis)</translation>
    </message>
    <message>
        <source>reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>unexpected events</source>
        <translation>unerwartete Ereignisse</translation>
    </message>
    <message>
        <source>lost updates</source>
        <translation>verlorene Änderungen</translation>
    </message>
    <message>
        <source>%1 (%2 users compared as %3)</source>
        <translation>%1 (%2 Benutzer verglichen als %3)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>users not Live at the end</source>
        <translation>am Ende nicht live verbundene Benutzer</translation>
    </message>
    <message>
        <source>setup failures</source>
        <translation>Fehler bei der Einrichtung</translation>
    </message>
    <message>
        <source>storm %1 (%2)</source>
        <translation>Sturm %1 (%2)</translation>
    </message>
    <message>
        <source>%1 users down; all Live after %2 ms, all resynced after %3 ms; %4 not back</source>
        <translation>%1 Benutzer getrennt; alle live nach %2 ms, alle neu synchronisiert nach %3 ms; %4 nicht zurück</translation>
    </message>
    <message>
        <source>  reconnect (ms)</source>
        <translation>  Neuverbindung (ms)</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>%1 users, RSS %2 MB peak, %3 KB per user, %4 ms CPU per event</source>
        <translation>%1 Benutzer, RSS-Spitze %2 MB, %3 KB je Benutzer, %4 ms CPU je Ereignis</translation>
    </message>
    <message>
        <source>Windows (%1 s): p95 POST → frame, delivered / expected
</source>
        <translation>Zeitfenster (%1 s): p95 POST → Frame, zugestellt / erwartet
</translation>
    </message>
    <message>
        <source>%1 %2 ms %3/%4</source>
        <translation>%1 %2 ms %3/%4</translation>
    </message>
    <message>
        <source>Stages: users at the end (target), rate, actions, delivered / expected, missing, p50 / p95 POST → frame and POST → table (ms)
</source>
        <translation>Stufen: Benutzer am Ende (Ziel), Rate, Aktionen, zugestellt / erwartet, fehlend, p50 / p95 POST → Frame und POST → Tabelle (ms)
</translation>
    </message>
    <message>
        <source>  %1 %2 %3 s  %4 (%5) users, +%6 -%7  %8/s  %9 actions  %10/%11  %12 missing  %13 / %14  %15 / %16
</source>
        <translation>  %1 %2 %3 s  %4 (%5) Benutzer, +%6 -%7  %8/s  %9 Aktionen  %10/%11  %12 fehlend  %13 / %14  %15 / %16
</translation>
    </message>
    <message>
        <source>Notes
</source>
        <translation>Hinweise
</translation>
    </message>
    <message>
        <source>Thresholds
</source>
        <translation>Schwellenwerte
</translation>
    </message>
    <message>
        <source>Leaks (%1 in all; the first %2)
</source>
        <translation>Lecks (%1 insgesamt; die ersten %2)
</translation>
    </message>
    <message>
        <source>Lost updates (%1 in all; the first %2)
</source>
        <translation>Verlorene Änderungen (%1 insgesamt; die ersten %2)
</translation>
    </message>
    <message>
        <source>Configuration error: %1
</source>
        <translation>Konfigurationsfehler: %1
</translation>
    </message>
    <message>
        <source>Aborted by threshold: %1
</source>
        <translation>Durch Schwellenwert abgebrochen: %1
</translation>
    </message>
    <message>
        <source>Result: ABORTED
</source>
        <translation>Ergebnis: ABGEBROCHEN
</translation>
    </message>
    <message>
        <source>Result: PASS
</source>
        <translation>Ergebnis: BESTANDEN
</translation>
    </message>
    <message>
        <source>Result: FAIL
</source>
        <translation>Ergebnis: NICHT BESTANDEN
</translation>
    </message>
    <message>
        <source>the run was aborted</source>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>the run was aborted by threshold %1</source>
        <translation>der Lauf wurde durch den Schwellenwert %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>Dms::SimUserTableModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Leaks</source>
        <translation>Lecks</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Falsche Reihenfolge</translation>
    </message>
    <message>
        <source>Last ms</source>
        <translation>Letzte ms</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>Mittel ms</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>Max. ms</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Refetches</source>
        <translation>Neuabrufe</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>Verlorene Änderungen</translation>
    </message>
</context>
<context>
    <name>Dms::SimUsers</name>
    <message>
        <source>&quot;%1&quot; is not K/N with 1 ≤ K ≤ N (e.g. 2/4)</source>
        <translation>„%1“ ist nicht K/N mit 1 ≤ K ≤ N (z. B. 2/4)</translation>
    </message>
    <message>
        <source>%1: cannot read the users file: %2</source>
        <translation>%1: Die Benutzerdatei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected username,password,unit[,role] (%1 fields found)</source>
        <translation>erwartet username,password,unit[,role] (%1 Felder gefunden)</translation>
    </message>
    <message>
        <source>the username is empty</source>
        <translation>der Benutzername ist leer</translation>
    </message>
    <message>
        <source>the password of %1 is empty</source>
        <translation>das Passwort von %1 ist leer</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; of %2 is not a unit id</source>
        <translation>Einheit „%1“ von %2 ist keine Einheiten-ID</translation>
    </message>
    <message>
        <source>%1 is listed twice (each virtual user needs its own account)</source>
        <translation>%1 ist doppelt aufgeführt (jeder virtuelle Benutzer benötigt ein eigenes Konto)</translation>
    </message>
    <message>
        <source>%1: no users (expected lines of username,password,unit[,role])</source>
        <translation>%1: keine Benutzer (erwartet Zeilen aus username,password,unit[,role])</translation>
    </message>
</context>
<context>
    <name>Dms::SimulationPanel</name>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>Report of %1: %2 users, started %3</source>
        <translation>Bericht von %1: %2 Benutzer, gestartet %3</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Run a scenario file (docs/scenarios.md describes the format)</source>
        <translation>Eine Szenariodatei ausführen (docs/scenarios.md beschreibt das Format)</translation>
    </message>
    <message>
        <source>Virtual users</source>
        <translation>Virtuelle Benutzer</translation>
    </message>
    <message>
        <source>Virtual users in all, spread evenly over the units; each one a full session</source>
        <translation>Virtuelle Benutzer insgesamt, gleichmäßig auf die Einheiten verteilt; jeder mit einer vollständigen Sitzung</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Actions per second</source>
        <translation>Aktionen pro Sekunde</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>none: only every user set up and not aborted</source>
        <translation>keine: nur jeder Benutzer eingerichtet und nicht abgebrochen</translation>
    </message>
    <message>
        <source>Pass/fail rules, comma-separated: METRIC OP NUMBER, e.g. p95_ms &lt; 100, delivery &gt;= 0.999, leaks == 0 (docs/scenarios.md lists the metrics)</source>
        <translation>Bestehensregeln, kommagetrennt: METRIK OP ZAHL, z. B. p95_ms &lt; 100, delivery &gt;= 0.999, leaks == 0 (docs/scenarios.md listet die Kennzahlen)</translation>
    </message>
    <message>
        <source>demo users of the reference server (u1_req1 …)</source>
        <translation>Demo-Benutzer des Referenzservers (u1_req1 …)</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>Benutzerdatei</translation>
    </message>
    <message>
        <source>CSV of username,password,unit[,role]; `manage.py seed_demo --users-csv` writes one</source>
        <translation>CSV aus username,password,unit[,role]; `manage.py seed_demo --users-csv` schreibt eine</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>the users file&apos;s admin, or the demo admin</source>
        <translation>der Administrator der Benutzerdatei oder der Demo-Administrator</translation>
    </message>
    <message>
        <source>Admin account</source>
        <translation>Administratorkonto</translation>
    </message>
    <message>
        <source>An admin account compares every user&apos;s tables with the server&apos;s at the end and closes every socket for a reconnect storm</source>
        <translation>Ein Administratorkonto vergleicht am Ende die Tabellen jedes Benutzers mit denen des Servers und schließt für einen Neuverbindungssturm alle Sockets</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Administratorpasswort</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>No admin (compare per unit)</source>
        <translation>Kein Administrator (Vergleich je Einheit)</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>U&amp;nits:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Users &amp;file:</source>
        <translation>Benutzerdate&amp;i:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Admin:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <source>T&amp;hresholds:</source>
        <translation>Sc&amp;hwellenwerte:</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Sign the virtual users in and run the scenario</source>
        <translation>Die virtuellen Benutzer anmelden und das Szenario ausführen</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>No more actions: wait for the last receipts, compare the tables, then report</source>
        <translation>Keine weiteren Aktionen: auf die letzten Empfänge warten, die Tabellen vergleichen, dann berichten</translation>
    </message>
    <message>
        <source>A&amp;bort</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>End at once; the report is marked aborted</source>
        <translation>Sofort beenden; der Bericht wird als abgebrochen markiert</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>Bericht öffnen…</translation>
    </message>
    <message>
        <source>Look at a saved report (dms-console simulate --report, report merge)</source>
        <translation>Einen gespeicherten Bericht ansehen (dms-console simulate --report, report merge)</translation>
    </message>
    <message>
        <source>Open simulation report</source>
        <translation>Simulationsbericht öffnen</translation>
    </message>
    <message>
        <source>Simulation reports (*.json)</source>
        <translation>Simulationsberichte (*.json)</translation>
    </message>
    <message>
        <source>Compare with baseline…</source>
        <translation>Mit Basislinie vergleichen…</translation>
    </message>
    <message>
        <source>Open an earlier report to compare with: each threshold&apos;s metric beside its baseline value, regressions in red (as dms-console report diff)</source>
        <translation>Einen früheren Bericht zum Vergleich öffnen: die Kennzahl jedes Schwellenwerts neben ihrem Basiswert, Verschlechterungen in Rot (wie dms-console report diff)</translation>
    </message>
    <message>
        <source>Open baseline report</source>
        <translation>Basisbericht öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Report (JSON)…</source>
        <translation>Bericht (JSON)…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Report (HTML)…</source>
        <translation>Bericht (HTML)…</translation>
    </message>
    <message>
        <source>Save report page</source>
        <translation>Berichtsseite speichern</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>JUnit XML…</source>
        <translation>JUnit-XML…</translation>
    </message>
    <message>
        <source>Save JUnit XML</source>
        <translation>JUnit-XML speichern</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>Receipts (CSV)…</source>
        <translation>Empfänge (CSV)…</translation>
    </message>
    <message>
        <source>Save receipts</source>
        <translation>Empfänge speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Charts (PNG)…</source>
        <translation>Diagramme (PNG)…</translation>
    </message>
    <message>
        <source>Save charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Ready: pick a scenario and start</source>
        <translation>Bereit: Wählen Sie ein Szenario und starten Sie</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basislinie</translation>
    </message>
    <message>
        <source>The baseline&apos;s value and the change from it</source>
        <translation>Der Wert der Basislinie und die Änderung dazu</translation>
    </message>
    <message>
        <source>Simulation log</source>
        <translation>Simulationsprotokoll</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>This scenario cannot run: %1</source>
        <translation>Dieses Szenario kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>%1 — as written: %2 units × %3 users, %4 actions/s for %5 s</source>
        <translation>%1 — wie geschrieben: %2 Einheiten × %3 Benutzer, %4 Aktionen/s für %5 s</translation>
    </message>
    <message>
        <source>scenario&apos;s (%1)</source>
        <translation>aus dem Szenario (%1)</translation>
    </message>
    <message>
        <source>scenario&apos;s (%1/s)</source>
        <translation>aus dem Szenario (%1/s)</translation>
    </message>
    <message>
        <source>scenario&apos;s (%1 s)</source>
        <translation>aus dem Szenario (%1 s)</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>stop requested: no more actions; settling and verifying</source>
        <translation>Stopp angefordert: keine weiteren Aktionen; ausklingen lassen und prüfen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1: %2 virtual users against %3</source>
        <translation>%1: %2 virtuelle Benutzer gegen %3</translation>
    </message>
    <message>
        <source>phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>LEAK: %1</source>
        <translation>LECK: %1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Ausführung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Finished: %1 users, %2 changes, %3 of %4 receipts delivered</source>
        <translation>Beendet: %1 Benutzer, %2 Änderungen, %3 von %4 Empfängen zugestellt</translation>
    </message>
    <message>
        <source>result: PASS</source>
        <translation>Ergebnis: BESTANDEN</translation>
    </message>
    <message>
        <source>result: FAIL</source>
        <translation>Ergebnis: NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>hält</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>verletzt</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n threshold(s) failing so far</source>
        <translation>
            <numerusform>Läuft: bisher %n Schwellenwert verletzt</numerusform>
            <numerusform>Läuft: bisher %n Schwellenwerte verletzt</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT RUN: the scenario does not fit these users</source>
        <translation>NICHT AUSGEFÜHRT: Das Szenario passt nicht zu diesen Benutzern</translation>
    </message>
    <message>
        <source> (aborted)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>: %1 of %2 thresholds failed</source>
        <translation>: %1 von %2 Schwellenwerten nicht bestanden</translation>
    </message>
    <message>
        <source>%1 (%2, started %3)</source>
        <translation>%1 (%2, gestartet %3)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Baseline %1: start a run or open a report to compare with it.</source>
        <translation>Basislinie %1: Starten Sie einen Lauf oder öffnen Sie einen Bericht, um damit zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the baseline %1: no metric regressed past its limit (%n improved).</source>
        <translation>
            <numerusform>Verglichen mit der Basislinie %1: Keine Kennzahl hat sich über ihr Limit verschlechtert (%n verbessert).</numerusform>
            <numerusform>Verglichen mit der Basislinie %1: Keine Kennzahl hat sich über ihr Limit verschlechtert (%n verbessert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compared with the baseline %1: %n metric(s) regressed past the limit: %2.</source>
        <translation>
            <numerusform>Verglichen mit der Basislinie %1: %n Kennzahl hat sich über das Limit verschlechtert: %2.</numerusform>
            <numerusform>Verglichen mit der Basislinie %1: %n Kennzahlen haben sich über das Limit verschlechtert: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>report saved to %1</source>
        <translation>Bericht gespeichert in %1</translation>
    </message>
    <message>
        <source>JUnit XML saved to %1</source>
        <translation>JUnit-XML gespeichert in %1</translation>
    </message>
    <message>
        <source>report page saved to %1</source>
        <translation>Berichtsseite gespeichert in %1</translation>
    </message>
    <message>
        <source>(the first %1 receipts only: %2 more were not kept)</source>
        <translation>(nur die ersten %1 Empfänge: %2 weitere wurden nicht behalten)</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) saved to %1</source>
        <translation>
            <numerusform>%n Empfang gespeichert in %1</numerusform>
            <numerusform>%n Empfänge gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>charts saved to %1</source>
        <translation>Diagramme gespeichert in %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>comparing with the baseline %1</source>
        <translation>Vergleich mit der Basislinie %1</translation>
    </message>
    <message>
        <source>Per-user table (CSV)…</source>
        <translation type="vanished">Tabelle je Benutzer (CSV)…</translation>
    </message>
    <message>
        <source>Save the per-user table</source>
        <translation>Tabelle je Benutzer speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n user row(s) saved to %1</source>
        <translation>
            <numerusform>%n Benutzerzeile gespeichert in %1</numerusform>
            <numerusform>%n Benutzerzeilen gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Per-user table…</source>
        <translation>Tabelle je Benutzer…</translation>
    </message>
</context>
<context>
    <name>Dms::SimulationRun</name>
    <message>
        <source>a simulation is already running: stop it first</source>
        <translation>eine Simulation läuft bereits: Stoppen Sie sie zuerst</translation>
    </message>
    <message>
        <source>a simulation is running: stop it before opening a report</source>
        <translation>eine Simulation läuft: Stoppen Sie sie, bevor Sie einen Bericht öffnen</translation>
    </message>
</context>
<context>
    <name>Dms::Simulator</name>
    <message>
        <source>signing in: %1/%2 signed in, %3 live, %4 failed</source>
        <translation>Anmeldung: %1/%2 angemeldet, %3 live, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>preparing: %1/%2 live, reading the server&apos;s rows</source>
        <translation>Vorbereitung: %1/%2 live, Zeilen des Servers werden gelesen</translation>
    </message>
    <message>
        <source>warming up: %1/%2 live</source>
        <translation>Aufwärmen: %1/%2 live</translation>
    </message>
    <message>
        <source>running %1/%2 s</source>
        <translation>läuft %1/%2 s</translation>
    </message>
    <message>
        <source> | stage %1/%2 %3, %4 users wanted</source>
        <translation> | Stufe %1/%2 %3, %4 Benutzer gewünscht</translation>
    </message>
    <message>
        <source>settling (%1 open)</source>
        <translation>Ausklingen (%1 offen)</translation>
    </message>
    <message>
        <source>verifying tables</source>
        <translation>Tabellen werden geprüft</translation>
    </message>
    <message>
        <source>%1 | %2/%3 live | %4 actions (%5 err) | delivered %6/%7 | missing %8 | leaks %9 | p95 %10 ms | table p95 %11 ms</source>
        <translation>%1 | %2/%3 live | %4 Aktionen (%5 Fehler) | zugestellt %6/%7 | fehlend %8 | Lecks %9 | p95 %10 ms | Tabelle p95 %11 ms</translation>
    </message>
    <message>
        <source>a simulation is running</source>
        <translation>eine Simulation läuft</translation>
    </message>
    <message>
        <source>no server given</source>
        <translation>kein Server angegeben</translation>
    </message>
    <message>
        <source>server &quot;%1&quot; is not a valid URL</source>
        <translation>Server „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>users: no virtual users to run (check the users file, --users or --shard)</source>
        <translation>users: keine virtuellen Benutzer zum Ausführen (prüfen Sie die Benutzerdatei, --users oder --shard)</translation>
    </message>
    <message>
        <source>views: &quot;%1&quot; is not a view</source>
        <translation>views: „%1“ ist keine Ansicht</translation>
    </message>
    <message>
        <source>users: %1 is listed twice</source>
        <translation>users: %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>steps[%1].unit: no virtual user of unit %2 (the users are of unit(s) %3)</source>
        <translation>steps[%1].unit: kein virtueller Benutzer der Einheit %2 (die Benutzer gehören zu Einheit(en) %3)</translation>
    </message>
    <message>
        <source>steps[%1].method: &quot;server&quot; needs an admin account (the users file&apos;s admin row, or --admin)</source>
        <translation>steps[%1].method: „server“ benötigt ein Administratorkonto (die Administratorzeile der Benutzerdatei oder --admin)</translation>
    </message>
    <message>
        <source>steps[%1] (%2): the dialect profile &quot;%3&quot; has no route for &quot;%4&quot; (rest.%5)</source>
        <translation>steps[%1] (%2): Das Dialektprofil „%3“ hat keine Route für „%4“ (rest.%5)</translation>
    </message>
    <message>
        <source>the dialect profile &quot;%1&quot; has no route for &quot;%2&quot; (rest.queries), which the simulator reads to plan its actions</source>
        <translation>das Dialektprofil „%1“ hat keine Route für „%2“ (rest.queries), die der Simulator liest, um seine Aktionen zu planen</translation>
    </message>
    <message>
        <source>views: the dialect profile &quot;%1&quot; has no route for &quot;%2&quot; (rest.queries)</source>
        <translation>views: Das Dialektprofil „%1“ hat keine Route für „%2“ (rest.queries)</translation>
    </message>
    <message>
        <source>thresholds: &quot;%1&quot; names stage &quot;%2&quot;, which the scenario does not have (stages: %3)</source>
        <translation>thresholds: „%1“ nennt die Stufe „%2“, die das Szenario nicht hat (Stufen: %3)</translation>
    </message>
    <message>
        <source>thresholds: &quot;%1&quot; names stage &quot;%2&quot;, but the scenario has no stages</source>
        <translation>thresholds: „%1“ nennt die Stufe „%2“, aber das Szenario hat keine Stufen</translation>
    </message>
    <message>
        <source>stages: the run needs up to %1 signed-in users here, but there are only %2 virtual users (users, --users or the users file)</source>
        <translation>stages: Der Lauf benötigt hier bis zu %1 angemeldete Benutzer, es gibt aber nur %2 virtuelle Benutzer (users, --users oder die Benutzerdatei)</translation>
    </message>
    <message>
        <source>%1 is not an admin: the tables are checked per unit and storms are client-side</source>
        <translation>%1 ist kein Administrator: Die Tabellen werden je Einheit geprüft, und Stürme laufen clientseitig</translation>
    </message>
    <message>
        <source>admin sign-in failed (%1): the tables are checked per unit and storms are client-side</source>
        <translation>Anmeldung des Administrators fehlgeschlagen (%1): Die Tabellen werden je Einheit geprüft, und Stürme laufen clientseitig</translation>
    </message>
    <message>
        <source>sign-in failed (HTTP %1): %2</source>
        <translation>Anmeldung fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 was signed out: %2</source>
        <translation>%1 wurde abgemeldet: %2</translation>
    </message>
    <message>
        <source>some tables were still refreshing when they were compared</source>
        <translation>einige Tabellen wurden beim Vergleich noch aktualisiert</translation>
    </message>
    <message>
        <source>not signed in within ready_timeout_s</source>
        <translation>nicht innerhalb von ready_timeout_s angemeldet</translation>
    </message>
    <message>
        <source>not Live within ready_timeout_s (%1)</source>
        <translation>nicht innerhalb von ready_timeout_s live (%1)</translation>
    </message>
    <message>
        <source>views not loaded within ready_timeout_s</source>
        <translation>Ansichten nicht innerhalb von ready_timeout_s geladen</translation>
    </message>
    <message>
        <source>the admin did not sign in within ready_timeout_s</source>
        <translation>der Administrator hat sich nicht innerhalb von ready_timeout_s angemeldet</translation>
    </message>
    <message>
        <source>no virtual user got ready: nothing to run</source>
        <translation>kein virtueller Benutzer wurde bereit: nichts auszuführen</translation>
    </message>
    <message>
        <source>behind schedule (the event loop was busy)</source>
        <translation>hinter dem Zeitplan (die Ereignisschleife war ausgelastet)</translation>
    </message>
    <message>
        <source>max_in_flight reached (the server answers slower than the rate)</source>
        <translation>max_in_flight erreicht (der Server antwortet langsamer als die Rate)</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>%1 failed: %2%3</source>
        <translation>%1 fehlgeschlagen: %2%3</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>stopped: no more actions; settling and verifying</source>
        <translation>gestoppt: keine weiteren Aktionen; ausklingen lassen und prüfen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server numbers no events (no seq), so missed frames cannot be counted; change_delivery counts delivery from the actions</source>
        <translation>der Server nummeriert keine Ereignisse (kein seq), verpasste Frames können also nicht gezählt werden; change_delivery zählt die Zustellung anhand der Aktionen</translation>
    </message>
    <message>
        <source>the server&apos;s frames carry no time of emission</source>
        <translation>die Frames des Servers enthalten keinen Sendezeitpunkt</translation>
    </message>
    <message>
        <source>ticks skipped: %1</source>
        <translation>übersprungene Takte: %1</translation>
    </message>
    <message>
        <source>%1 more action errors not listed</source>
        <translation>%1 weitere Aktionsfehler nicht aufgeführt</translation>
    </message>
    <message>
        <source>the run was stopped early</source>
        <translation>der Lauf wurde vorzeitig gestoppt</translation>
    </message>
    <message>
        <source>configuration error: %1</source>
        <translation>Konfigurationsfehler: %1</translation>
    </message>
    <message>
        <source>stage %1/%2 (%3): to %4 users and %5 actions/s over %6 s</source>
        <translation>Stufe %1/%2 (%3): auf %4 Benutzer und %5 Aktionen/s über %6 s</translation>
    </message>
    <message>
        <source>not signed in within ready_timeout_s of joining</source>
        <translation>nicht innerhalb von ready_timeout_s nach dem Beitritt angemeldet</translation>
    </message>
    <message>
        <source>not Live within ready_timeout_s of joining (%1)</source>
        <translation>nicht innerhalb von ready_timeout_s nach dem Beitritt live (%1)</translation>
    </message>
    <message>
        <source>views not loaded within ready_timeout_s of joining</source>
        <translation>Ansichten nicht innerhalb von ready_timeout_s nach dem Beitritt geladen</translation>
    </message>
    <message>
        <source>aborted by threshold %1</source>
        <translation>durch den Schwellenwert %1 abgebrochen</translation>
    </message>
    <message>
        <source>the dialect profile &quot;%1&quot; has no route for &quot;disconnect-all&quot;: cutting the sockets client-side</source>
        <translation>das Dialektprofil „%1“ hat keine Route für „disconnect-all“: Die Sockets werden clientseitig getrennt</translation>
    </message>
    <message>
        <source>reconnect storm: cutting %1 sockets client-side</source>
        <translation>Neuverbindungssturm: %1 Sockets werden clientseitig getrennt</translation>
    </message>
    <message>
        <source>reconnect storm: asking the server to close every socket (%1 users Live)</source>
        <translation>Neuverbindungssturm: Der Server wird gebeten, alle Sockets zu schließen (%1 Benutzer live)</translation>
    </message>
    <message>
        <source>the server has no disconnect-all (HTTP %1: it needs DMS_DEBUG=1): cutting the sockets client-side instead</source>
        <translation>der Server hat kein disconnect-all (HTTP %1: es benötigt DMS_DEBUG=1): Die Sockets werden stattdessen clientseitig getrennt</translation>
    </message>
    <message>
        <source>disconnect-all failed: %1</source>
        <translation>disconnect-all fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reconnect storm (client-side cut)</source>
        <translation>Neuverbindungssturm (clientseitige Trennung)</translation>
    </message>
    <message>
        <source>reconnect storm: %1 socket(s) were not closed</source>
        <translation>Neuverbindungssturm: %1 Socket(s) wurden nicht geschlossen</translation>
    </message>
    <message>
        <source>reconnect storm over: %1 users down, all Live after %2 ms, all resynced after %3 ms, %4 not back</source>
        <translation>Neuverbindungssturm vorbei: %1 Benutzer getrennt, alle live nach %2 ms, alle neu synchronisiert nach %3 ms, %4 nicht zurück</translation>
    </message>
    <message>
        <source>unit %1 of the users list is unit %2 on the server: steps naming unit %1 act in unit %2</source>
        <translation>Einheit %1 der Benutzerliste ist auf dem Server Einheit %2: Schritte mit Einheit %1 handeln in Einheit %2</translation>
    </message>
    <message>
        <source>%1 is of unit %2 on the server, not %3 as listed: unit %2 is used</source>
        <translation>%1 gehört auf dem Server zu Einheit %2, nicht wie aufgeführt zu %3: Einheit %2 wird verwendet</translation>
    </message>
    <message>
        <source>could not read the server&apos;s rows: %1</source>
        <translation>die Zeilen des Servers konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>steps[%1] (%2): %3</source>
        <translation>steps[%1] (%2): %3</translation>
    </message>
    <message>
        <source>steps[%1].method: &quot;server&quot; needs the admin, who could not sign in</source>
        <translation>steps[%1].method: „server“ benötigt den Administrator, der sich nicht anmelden konnte</translation>
    </message>
    <message>
        <source>no table views: nothing to compare with the server</source>
        <translation>keine Tabellenansichten: nichts mit dem Server zu vergleichen</translation>
    </message>
    <message>
        <source>could not read the server&apos;s rows to compare the tables: %1</source>
        <translation>die Zeilen des Servers konnten für den Tabellenvergleich nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 user(s) differ from the server: looking again in %2 s</source>
        <translation>%1 Benutzer weichen vom Server ab: erneute Prüfung in %2 s</translation>
    </message>
</context>
<context>
    <name>Dms::StorageOccupancyModel</name>
    <message>
        <source>(no location)</source>
        <translation>(kein Lagerort)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 von %2 Plätzen belegt</translation>
    </message>
    <message>
        <source>Crates with no storage location</source>
        <translation>Kisten ohne Lagerort</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Crates</source>
        <translation>Kisten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Entnommen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>Dms::StoragePanel</name>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV exportieren…</translation>
    </message>
    <message>
        <source>Storage locations</source>
        <translation>Lagerorte</translation>
    </message>
    <message>
        <source>Crates at the selected location</source>
        <translation>Kisten am ausgewählten Lagerort</translation>
    </message>
    <message>
        <source>Search locations</source>
        <translation>Lagerorte suchen</translation>
    </message>
    <message>
        <source>Search storage locations</source>
        <translation>Lagerorte durchsuchen</translation>
    </message>
    <message>
        <source>Save the locations shown (search, sort and columns as on screen) as CSV</source>
        <translation type="vanished">Die angezeigten Lagerorte (Suche, Sortierung und Spalten wie auf dem Bildschirm) als CSV speichern</translation>
    </message>
    <message>
        <source>Export storage locations</source>
        <translation>Lagerorte exportieren</translation>
    </message>
    <message>
        <source>Save the crates of the selected location as CSV</source>
        <translation type="vanished">Die Kisten des ausgewählten Lagerorts als CSV speichern</translation>
    </message>
    <message>
        <source>Export crates</source>
        <translation>Kisten exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n Lagerort</numerusform>
            <numerusform>%n Lagerorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s) placed</source>
        <translation>
            <numerusform>%n Kiste eingelagert</numerusform>
            <numerusform>%n Kisten eingelagert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of %2 places taken</source>
        <translation>%1 % von %2 Plätzen belegt</translation>
    </message>
    <message>
        <source>Select a location to see its crates.</source>
        <translation>Wählen Sie einen Lagerort, um seine Kisten zu sehen.</translation>
    </message>
    <message>
        <source>Crates at %1: %2</source>
        <translation>Kisten in %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n crate(s)</source>
        <translation>
            <numerusform>%n Kiste</numerusform>
            <numerusform>%n Kisten</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the locations shown (search, sort and columns as on screen) as CSV or XLSX</source>
        <translation>Die angezeigten Lagerorte (Suche, Sortierung und Spalten wie auf dem Bildschirm) als CSV oder XLSX speichern</translation>
    </message>
    <message>
        <source>Save the crates of the selected location as CSV or XLSX</source>
        <translation>Die Kisten des ausgewählten Lagerorts als CSV oder XLSX speichern</translation>
    </message>
</context>
<context>
    <name>Dms::TableExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Dms::Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Dms::Threshold</name>
    <message>
        <source>empty threshold: expected &quot;METRIC OP NUMBER&quot;, e.g. &quot;p95_ms &lt; 100&quot;</source>
        <translation>leerer Schwellenwert: erwartet „METRIK OP ZAHL“, z. B. „p95_ms &lt; 100“</translation>
    </message>
    <message>
        <source>column %1: expected a metric name, found &quot;%2&quot;</source>
        <translation>Spalte %1: Kennzahlname erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Kennzahl „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>column %1: expected an operator (&lt; &lt;= &gt; &gt;= == !=) after &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>Spalte %1: Operator (&lt; &lt;= &gt; &gt;= == !=) nach „%2“ erwartet, „%3“ gefunden</translation>
    </message>
    <message>
        <source>end of text</source>
        <translation>Textende</translation>
    </message>
    <message>
        <source>column %1: expected a number after &quot;%2 %3&quot;</source>
        <translation>Spalte %1: Zahl nach „%2 %3“ erwartet</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a number</source>
        <translation>Spalte %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>column %1: a threshold names one stage, not two</source>
        <translation>Spalte %1: Ein Schwellenwert nennt eine Stufe, nicht zwei</translation>
    </message>
    <message>
        <source>column %1: &quot;%2&quot; is not a stage name (letters, digits, _ . -)</source>
        <translation>Spalte %1: „%2“ ist kein Stufenname (Buchstaben, Ziffern, _ . -)</translation>
    </message>
    <message>
        <source>column %1: expected &quot;@STAGE&quot; or &quot;abort_on_fail&quot; after the number, found &quot;%2&quot;</source>
        <translation>Spalte %1: „@STAGE“ oder „abort_on_fail“ nach der Zahl erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>%1 has no value per stage (per stage: %2)</source>
        <translation>%1 hat keinen Wert je Stufe (je Stufe: %2)</translation>
    </message>
    <message>
        <source>not applicable: %1</source>
        <translation>nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>%1 was not measured in this run</source>
        <translation>%1 wurde in diesem Lauf nicht gemessen</translation>
    </message>
    <message>
        <source>%1 was not measured in stage %2</source>
        <translation>%1 wurde in Stufe %2 nicht gemessen</translation>
    </message>
</context>
<context>
    <name>Dms::ToastArea</name>
    <message>
        <source>Click to dismiss</source>
        <translation>Zum Schließen klicken</translation>
    </message>
</context>
<context>
    <name>Dms::TruthFetch</name>
    <message>
        <source>%1: the user&apos;s session is gone</source>
        <translation>%1: Die Sitzung des Benutzers besteht nicht mehr</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dms::VirtualUser</name>
    <message>
        <source>fetch in flight</source>
        <translation>Abruf läuft</translation>
    </message>
    <message>
        <source>fetch waiting</source>
        <translation>Abruf wartet</translation>
    </message>
    <message>
        <source>a follow-up queued</source>
        <translation>ein Folgeabruf eingereiht</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) (the last: %1)</source>
        <translation>
            <numerusform>%n Fehlschlag (zuletzt: %1)</numerusform>
            <numerusform>%n Fehlschläge (zuletzt: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row fetch(es) pending</source>
        <translation>
            <numerusform>%n Zeilenabruf ausstehend</numerusform>
            <numerusform>%n Zeilenabrufe ausstehend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dms::Xlsx</name>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation>Die Tabellendatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 rows do not fit in a spreadsheet (at most %2)</source>
        <translation>%1 Zeilen passen nicht in eine Tabellendatei (höchstens %2)</translation>
    </message>
    <message>
        <source>This build of the console exports CSV only (built without libxlsxwriter)</source>
        <translation>Diese Version der Konsole exportiert nur CSV (ohne libxlsxwriter gebaut)</translation>
    </message>
</context>
<context>
    <name>HealthHistory</name>
    <message>
        <source>%1 is too large for a health history (%2 bytes).</source>
        <translation>%1 ist zu groß für einen Zustandsverlauf (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1 is not a health history.</source>
        <translation>%1 ist kein Zustandsverlauf.</translation>
    </message>
</context>
</TS>
