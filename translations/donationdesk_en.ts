<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlarmEvaluation</name>
    <message numerus="yes">
        <source>alarm after %n</source>
        <translation>
            <numerusform>alarm after %n</numerusform>
            <numerusform>alarm after %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused for their signature or token since the last accepted one (%1).</source>
        <translation>
            <numerusform>%n request refused for their signature or token since the last accepted one (%1).</numerusform>
            <numerusform>%n requests refused for their signature or token since the last accepted one (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in a row refused for their signature or token</source>
        <translation>
            <numerusform>%n request in a row refused for their signature or token</numerusform>
            <numerusform>%n requests in a row refused for their signature or token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature or token refusal(s) in a row</source>
        <translation>
            <numerusform>%n signature or token refusal in a row</numerusform>
            <numerusform>%n signature or token refusals in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsBarList</name>
    <message numerus="yes">
        <source>%1: %n donation(s)</source>
        <translation>
            <numerusform>%1: %n donation</numerusform>
            <numerusform>%1: %n donations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donation</numerusform>
            <numerusform>%n donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 kept, %3 refunded or reversed, %n donation(s)</source>
        <translation>
            <numerusform>%1: %2 kept, %3 refunded or reversed, %n donation</numerusform>
            <numerusform>%1: %2 kept, %3 refunded or reversed, %n donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n donation(s)</source>
        <translation>
            <numerusform>%1: %n donation</numerusform>
            <numerusform>%1: %n donations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>  %n donation(s): donor name, email and personal details (amounts, currency, status, dates, campaign and ids are kept)
</source>
        <translation>
            <numerusform>  %n donation: donor name, email and personal details (amounts, currency, status, dates, campaign and ids are kept)
</numerusform>
            <numerusform>  %n donations: donor name, email and personal details (amounts, currency, status, dates, campaign and ids are kept)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n stored request(s): headers and body
</source>
        <translation>
            <numerusform>  %n stored request: headers and body
</numerusform>
            <numerusform>  %n stored requests: headers and body
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n refused request(s): headers and body
</source>
        <translation>
            <numerusform>  %n refused request: headers and body
</numerusform>
            <numerusform>  %n refused requests: headers and body
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raw requests are kept for %n day(s): after that, processed requests lose their headers and body (their donations stay) and refused requests are deleted.
</source>
        <translation>
            <numerusform>Raw requests are kept for %n day: after that, processed requests lose their headers and body (their donations stay) and refused requests are deleted.
</numerusform>
            <numerusform>Raw requests are kept for %n days: after that, processed requests lose their headers and body (their donations stay) and refused requests are deleted.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending or dead-letter request(s) older than that keep their bytes until they are processed.
</source>
        <translation>
            <numerusform>%n pending or dead-letter request older than that keeps its bytes until it is processed.
</numerusform>
            <numerusform>%n pending or dead-letter requests older than that keep their bytes until they are processed.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationDetail</name>
    <message numerus="yes">
        <source>%n day(s) after the donation</source>
        <translation>
            <numerusform>%n day after the donation</numerusform>
            <numerusform>%n days after the donation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the donation (set by the donation)</source>
        <translation>
            <numerusform>%n day after the donation (set by the donation)</numerusform>
            <numerusform>%n days after the donation (set by the donation)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationExportDialog</name>
    <message numerus="yes">
        <source>%Ln donation(s) written.</source>
        <translation>
            <numerusform>%Ln donation written.</numerusform>
            <numerusform>%Ln donations written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationFilterMenu</name>
    <message numerus="yes">
        <source>%1: %n chosen</source>
        <translation>
            <numerusform>%1: %n chosen</numerusform>
            <numerusform>%1: %n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationFilterObject</name>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationsView</name>
    <message numerus="yes">
        <source>%Ln donation(s)</source>
        <translation>
            <numerusform>%Ln donation</numerusform>
            <numerusform>%Ln donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new — refresh</source>
        <translation>
            <numerusform>%n new — refresh</numerusform>
            <numerusform>%n new — refresh</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonorErasureJob</name>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donation</numerusform>
            <numerusform>%n donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored request(s)</source>
        <translation>
            <numerusform>%n stored request</numerusform>
            <numerusform>%n stored requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused request(s)</source>
        <translation>
            <numerusform>%n refused request</numerusform>
            <numerusform>%n refused requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointCommand</name>
    <message numerus="yes">
        <source>record date %n day(s) after the donation</source>
        <translation>
            <numerusform>record date %n day after the donation</numerusform>
            <numerusform>record date %n days after the donation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message numerus="yes">
        <source>Each donation counts %n day(s) after it is made.</source>
        <translation>
            <numerusform>Each donation counts %n day after it is made.</numerusform>
            <numerusform>Each donation counts %n days after it is made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointListModel</name>
    <message numerus="yes">
        <source>Record date %n day(s) after the donation</source>
        <translation>
            <numerusform>Record date %n day after the donation</numerusform>
            <numerusform>Record date %n days after the donation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointRow</name>
    <message numerus="yes">
        <source>%n request(s) today</source>
        <translation>
            <numerusform>%n request today</numerusform>
            <numerusform>%n requests today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· %n donation(s)</source>
        <translation>
            <numerusform>· %n donation</numerusform>
            <numerusform>· %n donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refusal(s) just before this one were not logged (rate limit).</source>
        <translation>
            <numerusform>%n refusal just before this one was not logged (rate limit).</numerusform>
            <numerusform>%n refusals just before this one were not logged (rate limit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveFeed</name>
    <message numerus="yes">
        <source>from %1, %n byte(s)</source>
        <translation>
            <numerusform>from %1, %n byte</numerusform>
            <numerusform>from %1, %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message numerus="yes">
        <source>Resume (%n new)</source>
        <translation>
            <numerusform>Resume (%n new)</numerusform>
            <numerusform>Resume (%n new)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationFigureCell</name>
    <message numerus="yes">
        <source>%1 %2, %n donation(s)</source>
        <translation>
            <numerusform>%1 %2, %n donation</numerusform>
            <numerusform>%1 %2, %n donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donation</numerusform>
            <numerusform>%n donations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationView</name>
    <message numerus="yes">
        <source>Exported %n donation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n donation to %1.</numerusform>
            <numerusform>Exported %n donations to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donation</numerusform>
            <numerusform>%n donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n donation(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n donation</numerusform>
            <numerusform>%1 · %2 · %n donations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprocessCommand</name>
    <message numerus="yes">
        <source>Skipped %n erased request(s): their raw bytes are gone (retention or a donor&apos;s erasure), and their donations stay as they are.
</source>
        <translation>
            <numerusform>Skipped %n erased request: its raw bytes are gone (retention or a donor&apos;s erasure), and its donations stay as they are.
</numerusform>
            <numerusform>Skipped %n erased requests: their raw bytes are gone (retention or a donor&apos;s erasure), and their donations stay as they are.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReprocessJob</name>
    <message numerus="yes">
        <source>Ran %n request(s) again: %1 processed, %2 without a donation, %3 dead letter(s).</source>
        <translation>
            <numerusform>Ran %n request again: %1 processed, %2 without a donation, %3 dead letter(s).</numerusform>
            <numerusform>Ran %n requests again: %1 processed, %2 without a donation, %3 dead letter(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n erased request(s).</source>
        <translation>
            <numerusform>Skipped %n erased request.</numerusform>
            <numerusform>Skipped %n erased requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message numerus="yes">
        <source>Raw requests are kept for %n day(s). The listener applies it within an hour, or purge now.</source>
        <translation>
            <numerusform>Raw requests are kept for %n day. The listener applies it within an hour, or purge now.</numerusform>
            <numerusform>Raw requests are kept for %n days. The listener applies it within an hour, or purge now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the raw bytes of %n stored request(s) older than %1 day(s) and deleted %2 refused request(s).</source>
        <translation>
            <numerusform>Erased the raw bytes of %n stored request older than %1 day(s) and deleted %2 refused request(s).</numerusform>
            <numerusform>Erased the raw bytes of %n stored requests older than %1 day(s) and deleted %2 refused request(s).</numerusform>
        </translation>
    </message>
</context>
</TS>
