<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s) in %1 s</source>
        <translation>
            <numerusform>Done: %n run in %1 s</numerusform>
            <numerusform>Done: %n runs in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln number(s), chosen on the Prime checker page</source>
        <translation>
            <numerusform>%1: %Ln number, chosen on the Prime checker page</numerusform>
            <numerusform>%1: %Ln numbers, chosen on the Prime checker page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>checking %Ln number(s)…</source>
        <translation>
            <numerusform>checking %Ln number…</numerusform>
            <numerusform>checking %Ln numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>Copied %Ln row</numerusform>
            <numerusform>Copied %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NapSweepPanel</name>
    <message numerus="yes">
        <source>%n nap(s) of the same check on the window&apos;s event loop, about a minute in all</source>
        <translation>
            <numerusform>%n nap of the same check on the window&apos;s event loop, about a minute in all</numerusform>
            <numerusform>%n naps of the same check on the window&apos;s event loop, about a minute in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sweep checks is_prime(%1) once without naps, then once napping every K for %n value(s) of K: ≈ %2 s here (%3 µs a yield, %4).</source>
        <translation>
            <numerusform>The sweep checks is_prime(%1) once without naps, then once napping every K for %n value of K: ≈ %2 s here (%3 µs a yield, %4).</numerusform>
            <numerusform>The sweep checks is_prime(%1) once without naps, then once napping every K for %n values of K: ≈ %2 s here (%3 µs a yield, %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 s: %n point(s) measured, kept on the chart.</source>
        <translation>
            <numerusform>Stopped after %1 s: %n point measured, kept on the chart.</numerusform>
            <numerusform>Stopped after %1 s: %n points measured, kept on the chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; looks like one number with thousands separators; read as %n separate numbers</source>
        <translation>
            <numerusform>&apos;%1&apos; looks like one number with thousands separators; read as %n separate numbers</numerusform>
            <numerusform>&apos;%1&apos; looks like one number with thousands separators; read as %n separate numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad token(s)</source>
        <translation>
            <numerusform>… and %n more bad token</numerusform>
            <numerusform>… and %n more bad tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>Retried: handed to a worker %n time(s), as a worker process died</source>
        <translation>
            <numerusform>Retried: handed to a worker %n time, as a worker process died</numerusform>
            <numerusform>Retried: handed to a worker %n times, as a worker process died</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunArguments</name>
    <message numerus="yes">
        <source>… and %n more number(s) with thousands separators</source>
        <translation>
            <numerusform>… and %n more number with thousands separators</numerusform>
            <numerusform>… and %n more numbers with thousands separators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was checked: %n bad token(s).</source>
        <translation>
            <numerusform>Nothing was checked: %n bad token.</numerusform>
            <numerusform>Nothing was checked: %n bad tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message numerus="yes">
        <source>… and %n more number(s) without an answer</source>
        <translation>
            <numerusform>… and %n more number without an answer</numerusform>
            <numerusform>… and %n more numbers without an answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeedupCheck</name>
    <message numerus="yes">
        <source>far below the ideal %1x, and %2: the jobs&apos; sizes allow at most %3x with %n worker(s) (one long job, or fewer jobs than workers, caps any schedule)</source>
        <translation>
            <numerusform>far below the ideal %1x, and %2: the jobs&apos; sizes allow at most %3x with %n worker (one long job, or fewer jobs than workers, caps any schedule)</numerusform>
            <numerusform>far below the ideal %1x, and %2: the jobs&apos; sizes allow at most %3x with %n workers (one long job, or fewer jobs than workers, caps any schedule)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>far below the ideal %1x: the jobs&apos; sizes allow at most %3x with %n worker(s) (one long job, or fewer jobs than workers, caps any schedule), and other programs kept %2 cores busy during the run</source>
        <translation>
            <numerusform>far below the ideal %1x: the jobs&apos; sizes allow at most %3x with %n worker (one long job, or fewer jobs than workers, caps any schedule), and other programs kept %2 cores busy during the run</numerusform>
            <numerusform>far below the ideal %1x: the jobs&apos; sizes allow at most %3x with %n workers (one long job, or fewer jobs than workers, caps any schedule), and other programs kept %2 cores busy during the run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message numerus="yes">
        <source>%n core(s) used</source>
        <translation>
            <numerusform>%n core used</numerusform>
            <numerusform>%n cores used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) between cores</source>
        <translation>
            <numerusform>%n migration between cores</numerusform>
            <numerusform>%n migrations between cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%1: %n migration(s)</source>
        <translation>
            <numerusform>%1: %n migration</numerusform>
            <numerusform>%1: %n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) within a pixel</source>
        <translation>
            <numerusform>%Ln job within a pixel</numerusform>
            <numerusform>%Ln jobs within a pixel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UtilizationStrip</name>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message numerus="yes">
        <source>%n bad token(s) in your numbers: fix them to run.</source>
        <translation>
            <numerusform>%n bad token in your numbers: fix it to run.</numerusform>
            <numerusform>%n bad tokens in your numbers: fix them to run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generating %L1 numbers of %n digit(s)…</source>
        <translation>
            <numerusform>Generating %L1 numbers of %n digit…</numerusform>
            <numerusform>Generating %L1 numbers of %n digits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln number(s), %1 prime</source>
        <translation>
            <numerusform>Ready: %Ln number, %1 prime</numerusform>
            <numerusform>Ready: %Ln numbers, %1 prime</numerusform>
        </translation>
    </message>
</context>
</TS>
