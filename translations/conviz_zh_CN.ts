<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerCheck</name>
    <message>
        <source>answered prime, but Miller-Rabin finds it composite</source>
        <translation>回答为素数，但 Miller-Rabin 检验认定它是合数</translation>
    </message>
    <message>
        <source>answered composite, but Miller-Rabin finds it prime</source>
        <translation>回答为合数，但 Miller-Rabin 检验认定它是素数</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Book fixture</source>
        <translation>书中的测试数据</translation>
    </message>
    <message>
        <source>Large numbers</source>
        <translation>大数</translation>
    </message>
</context>
<context>
    <name>CommandLineError</name>
    <message>
        <source>Did you mean --%1?</source>
        <translation>您是想用 --%1 吗？</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>idle — press Compare or Sweep</source>
        <translation>空闲 — 请按“比较”或“扫描”</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Scaling sweep</source>
        <translation>扩展性扫描</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Each run is repeated this often, in rounds (every run once, then again), so a slow moment of the machine does not fall on one mode alone</source>
        <translation>每次运行重复这么多次，按轮进行（每项先各运行一次，再来一轮），这样机器偶尔变慢不会只落在某一个模式上</translation>
    </message>
    <message>
        <source>Runs of each:</source>
        <translation>每项运行次数：</translation>
    </message>
    <message>
        <source>Compare all modes</source>
        <translation>比较所有模式</translation>
    </message>
    <message>
        <source>Always runs: the speedups are measured against it</source>
        <translation>总会运行：加速比以它为基准</translation>
    </message>
    <message>
        <source>Workers of every mode but sequential (default: one per core, %1 here)</source>
        <translation>除顺序执行外各模式的工作者数（默认每个核心一个，本机为 %1）</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>工作者：</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Run every chosen mode on the same numbers, one after another</source>
        <translation>在同一组数字上依次运行每个选中的模式</translation>
    </message>
    <message>
        <source>The sweep runs sequential, then the mode with 1, 2, … up to this many workers (default: twice the cores, %1 here)</source>
        <translation>扫描先运行顺序执行，再以 1、2、……直到这么多个工作者运行该模式（默认为核心数的两倍，本机为 %1）</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>扫描(&amp;W)</translation>
    </message>
    <message>
        <source>Run the mode with more and more workers and plot the speedup</source>
        <translation>用越来越多的工作者运行该模式，并画出加速比</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Up to workers:</source>
        <translation>最多工作者：</translation>
    </message>
    <message>
        <source>&amp;Stop the runs</source>
        <translation>停止这些运行(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the run under way at its next slice; the finished runs stay (Esc)</source>
        <translation>在下一个片段停止正在进行的运行；已完成的运行保留 (Esc)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <source>As a PNG picture or an SVG drawing</source>
        <translation>保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation>保存表格…</translation>
    </message>
    <message>
        <source>As CSV, JSON or Markdown, the same as conviz-cli writes</source>
        <translation>保存为 CSV、JSON 或 Markdown，与 conviz-cli 输出的相同</translation>
    </message>
    <message>
        <source>Watching the machine for a moment…</source>
        <translation>正在观察机器片刻…</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>sweeping…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3, %4</source>
        <translation>第 %1 次运行，共 %2 次：%3，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 个工作者</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 runs done</source>
        <translation>已停止：已完成 %1 / %2 次运行</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s) in %1 s</source>
        <translation>
            <numerusform>完成：%n 次运行，用时 %1 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>The machine was quiet before the first run: no other program kept a core busy.</source>
        <translation>第一次运行前机器很安静：没有其他程序占用核心。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln number(s), chosen on the Prime checker page</source>
        <translation>
            <numerusform>%1：%Ln 个数字，在“素数检测”页上选定</numerusform>
        </translation>
    </message>
    <message>
        <source>No numbers to run: %1</source>
        <translation>没有可运行的数字：%1</translation>
    </message>
    <message>
        <source>%1: a table is written as .csv, .json or .md</source>
        <translation>%1：表格只能写成 .csv、.json 或 .md</translation>
    </message>
    <message>
        <source>Save the comparison chart</source>
        <translation>保存比较图表</translation>
    </message>
    <message>
        <source>Save the sweep chart</source>
        <translation>保存扫描图表</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Save the comparison table</source>
        <translation>保存比较表格</translation>
    </message>
    <message>
        <source>Save the sweep table</source>
        <translation>保存扫描表格</translation>
    </message>
    <message>
        <source>The mode to run with 1, 2, … workers, after the sequential baseline</source>
        <translation>以 1、2、……个工作者运行的模式，在顺序执行基准之后</translation>
    </message>
    <message>
        <source>Stop the comparison or the sweep at the next slice of its run</source>
        <translation>在当前运行的下一个分片处停止比较或扫描</translation>
    </message>
    <message>
        <source>Save the comparison chart…</source>
        <translation>保存比较图表…</translation>
    </message>
    <message>
        <source>Save the comparison table…</source>
        <translation>保存比较表格…</translation>
    </message>
    <message>
        <source>Save the sweep chart…</source>
        <translation>保存扫描图表…</translation>
    </message>
    <message>
        <source>Save the sweep table…</source>
        <translation>保存扫描表格…</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1（%2×）</translation>
    </message>
    <message>
        <source>Press Compare: every mode runs on the same numbers, one after another</source>
        <translation>按“比较”：每个模式在同一组数字上依次运行</translation>
    </message>
    <message>
        <source>median wall time</source>
        <translation>墙钟时间中位数</translation>
    </message>
    <message>
        <source>wall time (s)</source>
        <translation>墙钟时间（秒）</translation>
    </message>
    <message>
        <source>min – max of the runs</source>
        <translation>各次运行的最小 – 最大值</translation>
    </message>
    <message>
        <source>Wall time per mode: median, whiskers from fastest to slowest run</source>
        <translation>各模式的墙钟时间：中位数，须线从最快到最慢的一次运行</translation>
    </message>
    <message>
        <source>mode (speedup)</source>
        <translation>模式（加速比）</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Its workers share one thread: speedup per worker would mean nothing</source>
        <translation>它的工作者共用一个线程：每个工作者的加速比没有意义</translation>
    </message>
    <message>
        <source>Wall time, the median of the runs</source>
        <translation>墙钟时间，各次运行的中位数</translation>
    </message>
    <message>
        <source>The run&apos;s own CPU time (median): this program and its worker processes</source>
        <translation>运行自身的 CPU 时间（中位数）：本程序及其工作进程</translation>
    </message>
    <message>
        <source>The sequential median over this median</source>
        <translation>顺序执行的中位数除以此中位数</translation>
    </message>
    <message>
        <source>Speedup per worker</source>
        <translation>每个工作者的加速比</translation>
    </message>
    <message>
        <source>This median over the fastest one, as hyperfine reports</source>
        <translation>此中位数除以最快的中位数，与 hyperfine 的报告方式相同</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Wall median</source>
        <translation>墙钟中位数</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>相对值</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Execution model</source>
        <translation>执行模型</translation>
    </message>
    <message>
        <source>How many threads, worker processes or coroutines (default: one per core, %1 here)</source>
        <translation>线程、工作进程或协程的数量（默认每个CPU核一个，本机为 %1）</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>工作者：</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>CPU cores</source>
        <translation>CPU核</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>CPython&apos;s sys.setswitchinterval(): how long a thread may keep the GIL while another waits for it (5 ms by default). Shorter: the threads take turns more often, at the cost of more hand-overs; longer: fewer, longer turns. The total time stays that of one core.</source>
        <translation>CPython 的 sys.setswitchinterval()：另一个线程等待时，一个线程最多可持有 GIL 多久（默认 5 毫秒）。更短：线程轮换更频繁，交接次数更多；更长：轮换更少、每轮更长。总用时始终相当于一个CPU核。</translation>
    </message>
    <message>
        <source>Switch interval</source>
        <translation>切换间隔</translation>
    </message>
    <message>
        <source>Switch interval:</source>
        <translation>切换间隔：</translation>
    </message>
    <message>
        <source>How the numbers are checked: each model is one of the chapter&apos;s programs, explained below</source>
        <translation>如何检测这些数字：每个模型对应本章的一个程序，下方有说明</translation>
    </message>
</context>
<context>
    <name>CoreBars</name>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>CPU load per core</source>
        <translation>每个CPU核的负载</translation>
    </message>
    <message>
        <source>CPU %1: %2% busy — Conviz %3%, other programs %4%</source>
        <translation>CPU %1：%2% 忙碌 — Conviz %3%，其他程序 %4%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Conviz</source>
        <translation>Conviz</translation>
    </message>
    <message>
        <source>other programs</source>
        <translation>其他程序</translation>
    </message>
</context>
<context>
    <name>CoroutinePoolRunner</name>
    <message>
        <source>coroutine %1</source>
        <translation>协程 %1</translation>
    </message>
</context>
<context>
    <name>CoroutineRunner</name>
    <message>
        <source>coroutine %1</source>
        <translation>协程 %1</translation>
    </message>
</context>
<context>
    <name>CoroutineSupervisor</name>
    <message>
        <source>coroutine #%1 on the event loop</source>
        <translation>事件循环上的协程 #%1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Export run &amp;history…</source>
        <translation>导出运行历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Export run history</source>
        <translation>导出运行历史</translation>
    </message>
    <message>
        <source>Export &amp;trace…</source>
        <translation>导出跟踪(&amp;T)…</translation>
    </message>
    <message>
        <source>Chrome Trace Event JSON: open it in Perfetto or chrome://tracing</source>
        <translation>Chrome Trace Event JSON：可在 Perfetto 或 chrome://tracing 中打开</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>导出跟踪</translation>
    </message>
    <message>
        <source>Copy results as &amp;Markdown</source>
        <translation>以 &amp;Markdown 复制结果</translation>
    </message>
    <message>
        <source>Copied the results as a Markdown table</source>
        <translation>已将结果复制为 Markdown 表格</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Save the results table as CSV, JSON or Markdown</source>
        <translation>将结果表保存为 CSV、JSON 或 Markdown</translation>
    </message>
    <message>
        <source>Save the run history, with speedups, as CSV, JSON or Markdown</source>
        <translation>将运行历史（含加速比）保存为 CSV、JSON 或 Markdown</translation>
    </message>
    <message>
        <source>Put the results table on the clipboard as a Markdown table</source>
        <translation>将结果表以 Markdown 表格放到剪贴板</translation>
    </message>
    <message>
        <source>Copy results as Markdown</source>
        <translation>以 Markdown 复制结果</translation>
    </message>
    <message>
        <source>The table could not be made.</source>
        <translation>无法生成该表格。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Conviz help</source>
        <translation>Conviz 帮助</translation>
    </message>
    <message>
        <source>How to read this window</source>
        <translation>如何阅读本窗口</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>&lt;p&gt;The window runs the chapter&apos;s prime checker with one model at a time and shows, live, what each model does with the cores and with the window&apos;s event loop.&lt;/p&gt;</source>
        <translation>&lt;p&gt;本窗口每次用一种模型运行本章的素数检测程序，并实时展示每种模型如何使用CPU核、如何影响窗口的事件循环。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Numbers and execution model</source>
        <translation>数字与执行模型</translation>
    </message>
    <message>
        <source>Choose the numbers to check (a preset, a generated list or your own) and the model: sequential, threads, threads under a simulated GIL, processes or coroutines. &lt;b&gt;Run&lt;/b&gt; (Ctrl+R) starts it and &lt;b&gt;Stop&lt;/b&gt; (Esc) stops every worker at its next slice.</source>
        <translation>选择要检测的数字（预设、生成的列表或你自己的数字）和模型：顺序执行、线程、受模拟 GIL 约束的线程、进程或协程。&lt;b&gt;运行&lt;/b&gt;（Ctrl+R）开始，&lt;b&gt;停止&lt;/b&gt;（Esc）让每个工作者在下一个分片处停下。</translation>
    </message>
    <message>
        <source>The spinner</source>
        <translation>旋转指针</translation>
    </message>
    <message>
        <source>The book&apos;s &lt;code&gt;\|/-&lt;/code&gt;, turned by the window&apos;s event loop ten times a second. If it stops, the event loop was blocked: the longest frame gap beside it says for how long.</source>
        <translation>书中的 &lt;code&gt;\|/-&lt;/code&gt;，由窗口的事件循环每秒转动十次。它一旦停住，说明事件循环被阻塞了：旁边的最长帧间隔告诉你阻塞了多久。</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>One bar per worker: the number it checks, how far its trial division has got and how many numbers it has done. &lt;i&gt;finished&lt;/i&gt; means it got its end-of-work signal (the poison pill); &lt;i&gt;stopped&lt;/i&gt; means Stop ended it with work left.</source>
        <translation>每个工作者一根进度条：它正在检测的数字、试除进行到哪里、已完成多少个数字。&lt;i&gt;已结束&lt;/i&gt;表示它收到了结束工作信号（毒丸）；&lt;i&gt;已停止&lt;/i&gt;表示“停止”在还有工作时结束了它。</translation>
    </message>
    <message>
        <source>CPU cores and the utilization strip</source>
        <translation>CPU核与利用率条</translation>
    </message>
    <message>
        <source>One bar per core: the load of Conviz (its window and its workers) in the accent colour, other programs&apos; in grey. The strip below shows how many cores were busy over the last minute: parallel models fill it, the GIL and coroutines keep it near one.</source>
        <translation>每个CPU核一根条：Conviz（窗口及其工作者）的负载用强调色，其他程序的用灰色。下方的条带显示最近一分钟有几个核在忙：并行模型会把它填满，GIL 和协程则让它保持在一个核左右。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>One row per number, from pending (grey) to being checked (a bar) to done: &lt;b&gt;P&lt;/b&gt; for a prime, &lt;b&gt;–&lt;/b&gt; for a composite, red for an error or an answer Miller-Rabin disagrees with. The legend under the table names the colours, and a cell&apos;s tooltip says its state; Attempts above 1 means a worker process died and the number was retried.</source>
        <translation>每个数字一行，从等待（灰色）到检测中（进度条）再到完成：&lt;b&gt;P&lt;/b&gt; 表示素数，&lt;b&gt;–&lt;/b&gt; 表示合数，红色表示出错或 Miller-Rabin 不认同的答案。表格下方的图例说明各种颜色，单元格的提示说明其状态；尝试次数大于 1 表示某个工作进程崩溃，该数字被重试。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&lt;b&gt;Workers&lt;/b&gt; shows one lane per worker and one box per number, coloured by how it ended; &lt;b&gt;Cores&lt;/b&gt; shows which worker ran on which CPU and when it moved. The wheel zooms, a drag pans, Home fits the whole run, and a click selects the number in the results table.</source>
        <translation>&lt;b&gt;工作者&lt;/b&gt;视图中每个工作者一条泳道、每个数字一个方块，颜色表示其结果；&lt;b&gt;CPU核&lt;/b&gt;视图显示哪个工作者在哪个CPU上运行、何时迁移。滚轮缩放，拖动平移，Home 显示整个运行，单击会在结果表中选中该数字。</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>One row per run: model, workers, numbers, wall time and CPU time, kept between sessions (Run → Clear run history empties it). Speedup divides the last sequential time on the same numbers by the run&apos;s own; efficiency is speedup per worker.</source>
        <translation>每次运行一行：模型、工作者、数字、墙钟时间和CPU时间，跨会话保留（“运行 → 清除运行历史”可清空）。加速比是同样数字上最近一次顺序执行的用时除以本次用时；效率是每个工作者的加速比。</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>状态栏</translation>
    </message>
    <message>
        <source>What the window is doing now, the elapsed time and how many numbers are done. On the right, the speedup of the last run, or the sequential baseline it will be measured against.</source>
        <translation>窗口当前在做什么、已用时间和已完成的数字个数。右侧是上次运行的加速比，或用来衡量加速比的顺序执行基准。</translation>
    </message>
    <message>
        <source>Spinner lab</source>
        <translation>旋转指针实验</translation>
    </message>
    <message>
        <source>&lt;p&gt;Shortcuts act on the page that is shown; these are the ones that act now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;快捷键作用于当前显示的页面；下面列出的是此刻有效的快捷键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In tables and the timeline</source>
        <translation>在表格和时间线中</translation>
    </message>
    <message>
        <source>In a table the arrow keys move between cells and Ctrl+C copies the selected rows; Tab and Shift+Tab leave the table for the next control. In the timeline + and − zoom, the arrow keys pan and Home shows the whole run.</source>
        <translation>在表格中，方向键在单元格之间移动，Ctrl+C 复制选中的行；Tab 和 Shift+Tab 离开表格，转到下一个控件。在时间线中，+ 和 − 缩放，方向键平移，Home 显示整个运行。</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>A unit of execution inside a process, sharing the process&apos;s memory with its other threads.</source>
        <translation>进程内的执行单元，与同一进程的其他线程共享内存。</translation>
    </message>
    <message>
        <source>the Threads and Threads (GIL) models, the worker bars, the lab&apos;s Thread lane</source>
        <translation>“线程”和“线程（GIL）”模型、工作者进度条、实验页的线程栏</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>A running program with its own memory; in Python also its own interpreter and GIL, so processes compute in parallel.</source>
        <translation>一个拥有独立内存的运行中程序；在 Python 中还拥有自己的解释器和 GIL，因此多个进程可以并行计算。</translation>
    </message>
    <message>
        <source>the Processes model (each worker with its pid in the Worker column), the lab&apos;s Process lane</source>
        <translation>“进程”模型（工作者列中每个工作者带有 pid）、实验页的进程栏</translation>
    </message>
    <message>
        <source>Coroutine</source>
        <translation>协程</translation>
    </message>
    <message>
        <source>A function that suspends itself at each &lt;code&gt;await&lt;/code&gt; and is resumed by the event loop: many take turns on one thread.</source>
        <translation>在每个 &lt;code&gt;await&lt;/code&gt; 处挂起自己、由事件循环恢复的函数：许多协程在一个线程上轮流执行。</translation>
    </message>
    <message>
        <source>the Coroutines models, the lab&apos;s Coroutine lane and its nap lesson</source>
        <translation>“协程”模型、实验页的协程栏及其小睡实验</translation>
    </message>
    <message>
        <source>Event loop</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>The loop that handles one event at a time on one thread: here the window&apos;s own, which paints, answers clicks and turns the spinner.</source>
        <translation>在一个线程上一次处理一个事件的循环：这里指窗口自己的事件循环，它负责绘制、响应点击和转动旋转指针。</translation>
    </message>
    <message>
        <source>the spinner and its longest frame gap; the lab&apos;s longest wait of the event loop</source>
        <translation>旋转指针及其最长帧间隔；实验页中事件循环的最长等待</translation>
    </message>
    <message>
        <source>Poison pill</source>
        <translation>毒丸</translation>
    </message>
    <message>
        <source>A special item put in the job queue that tells a worker there is no more work, so it ends. It is not a cancellation: Stop ends workers with work left.</source>
        <translation>放入任务队列的特殊项，告诉工作者已经没有工作了，于是它结束。它不是取消：“停止”是在还有工作时结束工作者。</translation>
    </message>
    <message>
        <source>the worker bars: &lt;i&gt;finished&lt;/i&gt; after the pill, &lt;i&gt;stopped&lt;/i&gt; after Stop</source>
        <translation>工作者进度条：收到毒丸后显示&lt;i&gt;已结束&lt;/i&gt;，按“停止”后显示&lt;i&gt;已停止&lt;/i&gt;</translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL（全局解释器锁）</translation>
    </message>
    <message>
        <source>CPython&apos;s global interpreter lock: only the thread holding it runs Python code, so threads take turns instead of computing at once.</source>
        <translation>CPython 的全局解释器锁：只有持有它的线程才能运行 Python 代码，因此线程只能轮流计算，不能同时计算。</translation>
    </message>
    <message>
        <source>the Threads (GIL) model: one core busy at a time, lanes taking turns in the timeline, no speedup in the history</source>
        <translation>“线程（GIL）”模型：一次只有一个CPU核在忙，时间线上各泳道轮流执行，运行历史中没有加速比</translation>
    </message>
    <message>
        <source>Yield</source>
        <translation>让出（yield）</translation>
    </message>
    <message>
        <source>Giving control back: a coroutine yields to the event loop at an &lt;code&gt;await&lt;/code&gt;; a Python thread gives up the GIL at the switch interval.</source>
        <translation>交还控制权：协程在 &lt;code&gt;await&lt;/code&gt; 处让出给事件循环；Python 线程在切换间隔到时让出 GIL。</translation>
    </message>
    <message>
        <source>the lab&apos;s Nap lesson (K divisions between two yields), the Coroutines model</source>
        <translation>实验页的小睡实验（两次让出之间 K 次除法）、“协程”模型</translation>
    </message>
    <message>
        <source>Switch interval</source>
        <translation>切换间隔</translation>
    </message>
    <message>
        <source>How long CPython lets a thread keep the GIL while another waits for it (&lt;code&gt;sys.setswitchinterval&lt;/code&gt;, 5 ms by default).</source>
        <translation>另一个线程等待时，CPython 允许一个线程持有 GIL 多久（&lt;code&gt;sys.setswitchinterval&lt;/code&gt;，默认 5 毫秒）。</translation>
    </message>
    <message>
        <source>the Switch interval box, shown with the Threads (GIL) model</source>
        <translation>“切换间隔”输入框，选择“线程（GIL）”模型时显示</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>The sequential run&apos;s time on the same numbers divided by a run&apos;s time: 2x means twice as fast.</source>
        <translation>同样数字上顺序执行的用时除以某次运行的用时：2x 表示快一倍。</translation>
    </message>
    <message>
        <source>the Speedup column of the run history and the status bar</source>
        <translation>运行历史的“加速比”列和状态栏</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Speedup divided by the number of workers: 100% means every worker&apos;s time became speed.</source>
        <translation>加速比除以工作者数量：100% 表示每个工作者的时间都转化成了速度。</translation>
    </message>
    <message>
        <source>the Efficiency column of the run history</source>
        <translation>运行历史的“效率”列</translation>
    </message>
    <message>
        <source>In the window:</source>
        <translation>在窗口中：</translation>
    </message>
    <message>
        <source>Compare modes</source>
        <translation>比较模式</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare&lt;/b&gt; runs every chosen model on the checker&apos;s numbers, one after another and a few times each, and charts their times and speedups side by side. &lt;b&gt;Sweep&lt;/b&gt; runs one model with 1, 2, … workers and plots how its speedup grows against the ideal.</source>
        <translation>&lt;b&gt;比较&lt;/b&gt;在素数检测页选定的数字上依次运行每个选中的模型，各运行几次，并把它们的用时和加速比并排画成图表。&lt;b&gt;扫描&lt;/b&gt;用 1、2、… 个工作者运行同一个模型，画出其加速比相对理想值如何增长。</translation>
    </message>
    <message>
        <source>Section 19.2: &lt;code&gt;slow()&lt;/code&gt; supervised by a thread, a process and a coroutine while the spinner shows whether the event loop kept turning. Below, a coroutine that never yields freezes the window and napping every K divisions cures it at a cost the table measures; the Nap sweep tries K from 2^%1 to 2^%2 and plots that cost against the longest wait of the event loop.</source>
        <translation>19.2 节：分别由线程、进程和协程监督 &lt;code&gt;slow()&lt;/code&gt;，旋转指针显示事件循环是否一直在转。下方，一个从不让出控制权的协程会冻结窗口，而每 K 次除法小睡一次可以治好它，代价由表格测量；“小憩扫描”尝试从 2^%1 到 2^%2 的 K，并把这一代价与事件循环的最长等待画在一张图上。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;How to read this window</source>
        <translation>如何阅读本窗口(&amp;H)</translation>
    </message>
    <message>
        <source>What each panel shows, in two sentences</source>
        <translation>用两句话说明每个面板显示什么</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut of the page shown</source>
        <translation>当前页面的所有快捷键</translation>
    </message>
    <message>
        <source>&amp;Vocabulary</source>
        <translation>术语(&amp;V)</translation>
    </message>
    <message>
        <source>The chapter&apos;s words, and where each shows in the window</source>
        <translation>本章的术语，以及每个术语在窗口中的位置</translation>
    </message>
    <message>
        <source>&amp;About Conviz</source>
        <translation>关于 Conviz(&amp;A)</translation>
    </message>
    <message>
        <source>About Conviz</source>
        <translation>关于 Conviz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Conviz %1&lt;/h3&gt;&lt;p&gt;Chapter 19 of &lt;i&gt;Fluent Python&lt;/i&gt; made visible: the same prime checker run sequentially, by threads, by worker processes and by coroutines, with a spinner that must never freeze.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Conviz %1&lt;/h3&gt;&lt;p&gt;让《流畅的Python》第19章看得见：同一个素数检测程序分别以顺序执行、线程、工作进程和协程运行，旁边的旋转指针绝不能停。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conviz&apos;s version, and what it shows</source>
        <translation>Conviz 的版本及其展示的内容</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Simplified Chinese when the system speaks Chinese, English otherwise</source>
        <translation>系统语言为中文时使用简体中文，否则使用英文</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Conviz speaks the chosen language from its next start.</source>
        <translation>Conviz 将在下次启动时使用所选语言。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Speak %1 from the next start</source>
        <translation>下次启动时使用%1</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Conviz: watch threads, processes and coroutines check primes.</source>
        <translation>Conviz：观看线程、进程和协程检测素数。</translation>
    </message>
    <message>
        <source>Number of workers (1-256).</source>
        <translation>工作者数量（1-256）。</translation>
    </message>
    <message>
        <source>Workload preset: book or large.</source>
        <translation>预设工作负载：book 或 large。</translation>
    </message>
    <message>
        <source>Check the numbers in this text file.</source>
        <translation>检测此文本文件中的数字。</translation>
    </message>
    <message>
        <source>Start the run at once.</source>
        <translation>立即开始运行。</translation>
    </message>
    <message>
        <source>With --run: write the results table to this file (.csv, .json or .md) when the run ends, then quit.</source>
        <translation>与 --run 一起使用：运行结束时把结果表写入此文件（.csv、.json 或 .md），然后退出。</translation>
    </message>
    <message>
        <source>With --run: save MODE-running.png mid-run and MODE-done.png at the end in this folder, then quit.</source>
        <translation>与 --run 一起使用：在此文件夹中保存运行中途的 MODE-running.png 和结束时的 MODE-done.png，然后退出。</translation>
    </message>
    <message>
        <source>Open on the spinner lab page.</source>
        <translation>打开时显示旋转指针实验页。</translation>
    </message>
    <message>
        <source>With --run: draw the timeline into this file (.png or .svg) when the run ends, then quit.</source>
        <translation>与 --run 一起使用：运行结束时把时间线绘制到此文件（.png 或 .svg），然后退出。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--workers: &apos;%1&apos; is not a whole number from 1 to 256</source>
        <translation>--workers：“%1”不是 1 到 256 之间的整数</translation>
    </message>
    <message>
        <source>--preset and --numbers cannot be used together</source>
        <translation>--preset 和 --numbers 不能同时使用</translation>
    </message>
    <message>
        <source>--preset: unknown preset &apos;%1&apos; (%2)</source>
        <translation>--preset：未知预设“%1”（%2）</translation>
    </message>
    <message>
        <source>--export needs --run</source>
        <translation>--export 需要 --run</translation>
    </message>
    <message>
        <source>--export: cannot tell the format of &apos;%1&apos; (use .csv, .json or .md)</source>
        <translation>--export：无法判断“%1”的格式（请使用 .csv、.json 或 .md）</translation>
    </message>
    <message>
        <source>--screenshot-dir needs --run</source>
        <translation>--screenshot-dir 需要 --run</translation>
    </message>
    <message>
        <source>--export-timeline needs --run</source>
        <translation>--export-timeline 需要 --run</translation>
    </message>
    <message>
        <source>--export-timeline: cannot tell the format of &apos;%1&apos; (use .png or .svg)</source>
        <translation>--export-timeline：无法判断“%1”的格式（请使用 .png 或 .svg）</translation>
    </message>
    <message>
        <source>With --run: write a Chrome trace (Perfetto) with the jobs and the CPU load to this file when the run ends, then quit.</source>
        <translation>配合 --run：运行结束时把包含各任务与 CPU 负载的 Chrome 跟踪（Perfetto）写入此文件，然后退出。</translation>
    </message>
    <message>
        <source>--trace needs --run</source>
        <translation>--trace 需要配合 --run</translation>
    </message>
    <message>
        <source>Execution model: %1.</source>
        <translation>执行模型：%1。</translation>
    </message>
    <message>
        <source>--mode: unknown mode &apos;%1&apos; (%2)</source>
        <translation>--mode：未知模式“%1”（%2）</translation>
    </message>
</context>
<context>
    <name>MachineCheck</name>
    <message>
        <source>CPU %1 %2%</source>
        <translation>CPU %1 %2%</translation>
    </message>
    <message>
        <source>Other programs kept cores busy while the machine was sampled (%1; %2 of %3 cores in all): timings will be slower and speedups lower than on a quiet machine.</source>
        <translation>采样期间其他程序占用了CPU核（%1；共 %3 个CPU核中的 %2 个）：计时会比空闲的计算机慢，加速比也会更低。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Conviz — concurrency models, live</source>
        <translation>Conviz — 并发模型，实时呈现</translation>
    </message>
    <message>
        <source>idle — press Run</source>
        <translation>空闲 — 请按“运行”</translation>
    </message>
    <message>
        <source>Prime checker</source>
        <translation>素数检测</translation>
    </message>
    <message>
        <source>Spinner lab</source>
        <translation>旋转指针实验</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>No CPU load to show: %1</source>
        <translation>无法显示CPU负载：%1</translation>
    </message>
    <message>
        <source>The run history of earlier sessions cannot be read: %1</source>
        <translation>无法读取以前会话的运行历史：%1</translation>
    </message>
    <message>
        <source>The run history cannot be kept: %1</source>
        <translation>无法保存运行历史：%1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Check the numbers with the chosen model (Ctrl+R)</source>
        <translation>用所选模型检测这些数字（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop every worker at its next slice (Esc)</source>
        <translation>让每个工作者在下一个分片处停止（Esc）</translation>
    </message>
    <message>
        <source>&amp;Open numbers…</source>
        <translation>打开数字(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Clear run &amp;history</source>
        <translation>清除运行历史(&amp;H)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message numerus="yes">
        <source>checking %Ln number(s)…</source>
        <translation>
            <numerusform>正在检测 %Ln 个数字…</numerusform>
        </translation>
    </message>
    <message>
        <source>Running: %1, %2, on %3</source>
        <translation>运行中：%1，%2，工作负载：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n 个工作者</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Stopped after %1: %2 of %3 checked</source>
        <translation>%1 后停止：已检测 %2 / %3</translation>
    </message>
    <message>
        <source>Done: %1, %2, in %3</source>
        <translation>完成：%1，%2，用时 %3</translation>
    </message>
    <message>
        <source> — not checked: %1</source>
        <translation> — 未检测：%1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>done — press Run again</source>
        <translation>完成 — 可再次按“运行”</translation>
    </message>
    <message>
        <source>speedup %1x</source>
        <translation>加速比 %1x</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>%L1 / %L2 done</source>
        <translation>已完成 %L1 / %L2</translation>
    </message>
    <message>
        <source>sequential took %1</source>
        <translation>顺序执行用时 %1</translation>
    </message>
    <message>
        <source>no sequential baseline yet</source>
        <translation>尚无顺序执行基准</translation>
    </message>
    <message>
        <source>Run the sequential mode on the same numbers to measure speedups</source>
        <translation>对同样的数字运行一次顺序执行模式，即可测量加速比</translation>
    </message>
    <message>
        <source>stopped: no speedup (sequential took %1)</source>
        <translation>已停止：不计加速比（顺序执行用时 %1）</translation>
    </message>
    <message>
        <source>Open numbers</source>
        <translation>打开数字</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the numbers</source>
        <translation>无法打开这些数字</translation>
    </message>
    <message>
        <source>reading %1 was canceled</source>
        <translation>已取消读取 %1</translation>
    </message>
    <message>
        <source>Compare modes</source>
        <translation>比较模式</translation>
    </message>
    <message>
        <source>A comparison is under way on the Compare modes page.</source>
        <translation>“比较模式”页上正在进行比较。</translation>
    </message>
    <message>
        <source>A run is under way on the Prime checker page.</source>
        <translation>“素数检测”页上正在运行。</translation>
    </message>
    <message>
        <source>Check the numbers of a text file: several per line, # starts a comment</source>
        <translation>检测文本文件中的数字：每行可有多个，# 开始注释</translation>
    </message>
    <message>
        <source>Stop the run, keep the settings and the history, and close</source>
        <translation>停止运行，保存设置和历史，然后关闭</translation>
    </message>
    <message>
        <source>Forget every run of the history, kept between sessions until now</source>
        <translation>清除运行历史中的全部记录（此前跨会话保留）</translation>
    </message>
    <message>
        <source> — ⚠ speedup %1</source>
        <translation> — ⚠ 加速比%1</translation>
    </message>
    <message>
        <source> ⚠</source>
        <translation> ⚠</translation>
    </message>
    <message>
        <source>Writing %1… %2%</source>
        <translation>正在写入 %1… %2%</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s)</source>
        <translation>
            <numerusform>已复制 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the first %L1 of %L2 selected rows: File → Export results writes them all</source>
        <translation>已复制所选 %L2 行中的前 %L1 行：“文件 → 导出结果”可写出全部</translation>
    </message>
</context>
<context>
    <name>Modes</name>
    <message>
        <source>Sequential</source>
        <translation>顺序执行</translation>
    </message>
    <message>
        <source>One worker checks the numbers one after another: the baseline every speedup is measured against.</source>
        <translation>一个工作者逐个检测这些数字：这是衡量所有加速比的基准。</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Threads of one process share memory and pull jobs from one queue; with no GIL in C++ they use every core.</source>
        <translation>同一进程内的线程共享内存，从同一个队列中取任务；C++ 没有 GIL，因此它们能用上每个CPU核。</translation>
    </message>
    <message>
        <source>Threads (GIL)</source>
        <translation>线程（GIL）</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Isolated worker processes talk to the supervisor through pipes; a worker that dies is replaced and its job retried.</source>
        <translation>相互隔离的工作进程通过管道与监督者通信；死掉的工作进程会被替换，其任务会重试。</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>协程</translation>
    </message>
    <message>
        <source>Coroutines on the window&apos;s own thread take turns, yielding between slices: concurrency without parallelism.</source>
        <translation>协程在窗口自己的线程上轮流执行，在分片之间让出控制权：有并发，无并行。</translation>
    </message>
    <message>
        <source>Coroutines + thread pool</source>
        <translation>协程 + 线程池</translation>
    </message>
    <message>
        <source>Coroutines hand each check to a thread pool and await it: one event loop orchestrating parallel work.</source>
        <translation>协程把每次检测交给线程池并 await 它：由一个事件循环编排并行工作。</translation>
    </message>
    <message>
        <source>Python&apos;s threads: real threads under a simulated global lock; only the one holding it computes, and it is handed on every switch interval, as in CPython. No speedup.</source>
        <translation>Python 的线程：真实的线程，加上模拟的全局锁；只有持有锁的那个线程在计算，锁像 CPython 那样每个切换间隔交接一次。没有加速。</translation>
    </message>
</context>
<context>
    <name>NapEstimate</name>
    <message>
        <source>estimating the time left</source>
        <translation>正在估算剩余时间</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
</context>
<context>
    <name>NapNoise</name>
    <message>
        <source>naps only add work, so being faster than without them is timing noise</source>
        <translation>小憩只会增加工作，所以比不小憩还快只能是计时噪声</translation>
    </message>
    <message>
        <source> — other programs kept %1 cores busy meanwhile</source>
        <translation>——其间其他程序占用了 %1 个CPU核</translation>
    </message>
</context>
<context>
    <name>NapSweep</name>
    <message>
        <source>noise: ×%1 against no naps; %2</source>
        <translation>噪声：相对不小憩为 ×%1；%2</translation>
    </message>
</context>
<context>
    <name>NapSweepChart</name>
    <message>
        <source>Throughput against responsiveness: one point per K</source>
        <translation>吞吐量与响应性的权衡：每个 K 一个点</translation>
    </message>
    <message>
        <source>K ascending</source>
        <translation>K 从小到大</translation>
    </message>
    <message>
        <source>slowdown (CPU time with naps / without)</source>
        <translation>减速（小憩时 / 不小憩时的 CPU 时间）</translation>
    </message>
    <message>
        <source>noise: faster than without naps</source>
        <translation>噪声：比不小憩还快</translation>
    </message>
    <message>
        <source>Longest wait of the event loop (ms, log scale)</source>
        <translation>事件循环的最长等待（毫秒，对数刻度）</translation>
    </message>
    <message>
        <source>K = %1: ×%2 the CPU time without naps (%3 s against %4 s; wall clock %5 s against %6 s), longest wait %7 ms</source>
        <translation>K = %1：CPU 时间为不小憩时的 ×%2（%3 秒对 %4 秒；挂钟时间 %5 秒对 %6 秒），最长等待 %7 毫秒</translation>
    </message>
    <message>
        <source>Slowdown × (log scale)</source>
        <translation>减速 ×（对数刻度）</translation>
    </message>
</context>
<context>
    <name>NapSweepPanel</name>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止（Esc）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The nap sweep.&lt;/b&gt; The same check naps every K divisions, for K from 2^%1 to 2^%2, after one run without naps in a thread. Each point is one K: up is what the naps cost (the check&apos;s CPU time against its CPU time without naps, so other programs on the cores do not count), right is the longest the event loop waited meanwhile. A small K keeps the window live and costs throughput; a large K is nearly free and leaves long waits.</source>
        <translation>&lt;b&gt;小憩扫描。&lt;/b&gt;先在一个线程里不小憩地运行一次，然后同一检测每 K 次除法小憩一次，K 从 2^%1 到 2^%2。每个点对应一个 K：纵向是小憩的代价（检测的 CPU 时间与不小憩时 CPU 时间之比，因此CPU核上的其他程序不计在内），横向是其间事件循环等待的最长时间。K 小则窗口保持灵敏但损失吞吐量；K 大则几乎没有代价，但会留下长时间的等待。</translation>
    </message>
    <message>
        <source>Sweep K from 2^%1 to 2^%2</source>
        <translation>扫描 K，从 2^%1 到 2^%2</translation>
    </message>
    <message numerus="yes">
        <source>%n nap(s) of the same check on the window&apos;s event loop, about a minute in all</source>
        <translation>
            <numerusform>在窗口的事件循环上对同一检测做 %n 次小憩运行，总共约一分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the sweep at the running check&apos;s next yield; the points measured stay</source>
        <translation>在当前检测下一次让出时停止扫描；已测得的点会保留</translation>
    </message>
    <message>
        <source>Save the chart as a picture or the points as CSV</source>
        <translation>把图表保存为图片，或把各点保存为 CSV</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>图表存为 PNG…</translation>
    </message>
    <message>
        <source>Export the nap sweep chart</source>
        <translation>导出小憩扫描图表</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>图表存为 SVG…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Points as CSV…</source>
        <translation>各点存为 CSV…</translation>
    </message>
    <message>
        <source>Export the nap sweep points</source>
        <translation>导出小憩扫描的各点</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nap sweep progress</source>
        <translation>小憩扫描进度</translation>
    </message>
    <message>
        <source>Nap sweep chart</source>
        <translation>小憩扫描图表</translation>
    </message>
    <message numerus="yes">
        <source>The sweep checks is_prime(%1) once without naps, then once napping every K for %n value(s) of K: ≈ %2 s here (%3 µs a yield, %4).</source>
        <translation>
            <numerusform>扫描先不小憩地检测一次 is_prime(%1)，再对 %n 个 K 值各做一次每 K 次除法小憩的检测：在本机约需 %2 秒（每次让出 %3 微秒，%4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>measured by the last nap</source>
        <translation>由上一次小憩测得</translation>
    </message>
    <message>
        <source>assumed until a nap measures it</source>
        <translation>在小憩测得之前为假定值</translation>
    </message>
    <message>
        <source>the check without naps</source>
        <translation>不小憩的检测</translation>
    </message>
    <message>
        <source>K = 2^%1</source>
        <translation>K = 2^%1</translation>
    </message>
    <message>
        <source>Sweeping: %1 (%2 of %3), %4% after %5 s, %6. Esc stops it.</source>
        <translation>扫描中：%1（第 %2 步，共 %3 步），%5 秒后完成 %4%，%6。按 Esc 停止。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 s: %n point(s) measured, kept on the chart.</source>
        <translation>
            <numerusform>%1 秒后停止：已测得 %n 个点，保留在图表上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 s. K = %2: ×%3 the CPU time without naps, and the event loop never waited more than %4 ms. K = %5: ×%6, and waits up to %7 ms.</source>
        <translation>用时 %1 秒完成。K = %2：CPU 时间为不小憩时的 ×%3，事件循环的等待从未超过 %4 毫秒。K = %5：×%6，等待长达 %7 毫秒。</translation>
    </message>
    <message>
        <source>⚠ K = %1: %2</source>
        <translation>⚠ K = %1：%2</translation>
    </message>
    <message>
        <source>There is no sweep to export yet.</source>
        <translation>还没有可导出的扫描。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: the sweep is written as .png, .svg or .csv</source>
        <translation>%1：扫描只能写成 .png、.svg 或 .csv</translation>
    </message>
    <message>
        <source>Cannot export the nap sweep</source>
        <translation>无法导出小憩扫描</translation>
    </message>
    <message>
        <source>The sweep&apos;s length follows once this machine&apos;s division rate is timed…</source>
        <translation>测定本机的除法速度后，将显示扫描所需时间…</translation>
    </message>
</context>
<context>
    <name>NumberParser</name>
    <message>
        <source>larger than 18446744073709551615 (2^64 - 1)</source>
        <translation>大于 18446744073709551615（2^64 - 1）</translation>
    </message>
    <message>
        <source>negative numbers cannot be checked</source>
        <translation>不能检测负数</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>line longer than %1 bytes: not a list of numbers</source>
        <translation>行长超过 %1 字节：不是数字列表</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): not a list of numbers</source>
        <translation>二进制数据（含 NUL 字节）：不是数字列表</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; read as the one number %2 (commas as thousands separators)</source>
        <translation>“%1”按一个数 %2 读取（逗号视为千位分隔符）</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; looks like one number with thousands separators; read as %n separate numbers</source>
        <translation>
            <numerusform>“%1”看起来是一个带千位分隔符的数；已按 %n 个独立的数字读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad token(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 个错误记号</numerusform>
        </translation>
    </message>
    <message>
        <source>more than %1 numbers: that is as many as one run checks</source>
        <translation>超过 %1 个数字：这是一次运行能检测的上限</translation>
    </message>
    <message>
        <source>Read digits grouped by commas, like 1,000,003, as one number (default: separate numbers, with a warning).</source>
        <translation>把用逗号分组的数字（如 1,000,003）读作一个数（默认：读作几个数，并给出警告）。</translation>
    </message>
    <message>
        <source>no numbers to check</source>
        <translation>没有可检查的数字</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 and %2 would both write %3: give them different files</source>
        <translation>%1 和 %2 会写入同一个 %3：请给它们不同的文件</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>%1: a picture is written as .png or .svg</source>
        <translation>%1：图片只能写成 .png 或 .svg</translation>
    </message>
</context>
<context>
    <name>PrimeWorker</name>
    <message>
        <source>a worker&apos;s message, not a supervisor&apos;s</source>
        <translation>这是工作进程的消息，而不是监督者的</translation>
    </message>
</context>
<context>
    <name>ProcessRunner</name>
    <message>
        <source>Cannot start the worker program %1: it is missing or not executable.</source>
        <translation>无法启动工作程序 %1：文件不存在或不可执行。</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>Cannot start the worker program %1: %2</source>
        <translation>无法启动工作程序 %1：%2</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>一行超过 %1 字节</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>没有握手</translation>
    </message>
    <message>
        <source>a second handshake</source>
        <translation>第二次握手</translation>
    </message>
    <message>
        <source>START for a job it does not have</source>
        <translation>对不属于它的任务发送了 START</translation>
    </message>
    <message>
        <source>PROGRESS for a job it does not have</source>
        <translation>对不属于它的任务发送了 PROGRESS</translation>
    </message>
    <message>
        <source>RESULT for a job it does not have</source>
        <translation>对不属于它的任务发送了 RESULT</translation>
    </message>
    <message>
        <source>RESULT for the wrong number</source>
        <translation>对错误的数字发送了 RESULT</translation>
    </message>
    <message>
        <source>ERROR for a job it does not have</source>
        <translation>对不属于它的任务发送了 ERROR</translation>
    </message>
    <message>
        <source>a supervisor&apos;s message from a worker</source>
        <translation>工作进程发来了监督者才会发的消息</translation>
    </message>
    <message>
        <source>was replaced: %1</source>
        <translation>已被替换：%1</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>崩溃了</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>退出了</translation>
    </message>
    <message>
        <source>gave up after %1 tries; the last worker process %2</source>
        <translation>尝试 %1 次后放弃；最后一个工作进程%2</translation>
    </message>
    <message>
        <source>The worker program %1 keeps exiting before it can take a job.</source>
        <translation>工作程序 %1 总在接到任务之前就退出。</translation>
    </message>
    <message>
        <source>a check time longer than the run</source>
        <translation>检测用时比整个运行还长</translation>
    </message>
    <message>
        <source>it could not check the number: %1</source>
        <translation>它无法检测这个数字：%1</translation>
    </message>
    <message>
        <source>no progress for %1 s</source>
        <translation>%1 秒没有进展</translation>
    </message>
    <message>
        <source>ANSWERS for more jobs than its batch has left</source>
        <translation>ANSWERS 回答的任务比它这一批剩下的还多</translation>
    </message>
    <message>
        <source>ANSWERS from a job that is not the next one it owes</source>
        <translation>ANSWERS 从一个不是它下一个该回答的任务开始</translation>
    </message>
</context>
<context>
    <name>ProcessSupervisor</name>
    <message>
        <source>process %1 (its pid)</source>
        <translation>进程 %1（其 pid）</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The child process ended without an answer (exit code %1).</source>
        <translation>子进程未给出答案就结束了（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>ResultsLegend</name>
    <message>
        <source>What the results table&apos;s marks and colours mean; a cell&apos;s tooltip says its state</source>
        <translation>结果表中标记和颜色的含义；单元格的提示说明其状态</translation>
    </message>
    <message>
        <source>prime</source>
        <translation>素数</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>合数</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>检测中</translation>
    </message>
    <message>
        <source>retried (Attempts)</source>
        <translation>已重试（尝试次数）</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>a wrong answer (Verified)</source>
        <translation>答案错误（已验证列）</translation>
    </message>
    <message>
        <source>the run stopped first</source>
        <translation>运行先停止了</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Prime</source>
        <translation>素数</translation>
    </message>
    <message>
        <source>Elapsed (s)</source>
        <translation>用时（秒）</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>开始（秒）</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>结束（秒）</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>P for a prime, as the book prints it; while a number is being checked, how far the trial division has got</source>
        <translation>素数标为 P，与书中的输出一致；检测进行中时显示试除法的进度</translation>
    </message>
    <message>
        <source>Seconds from the start of the run</source>
        <translation>从运行开始算起的秒数</translation>
    </message>
    <message>
        <source>How many times the number was handed to a worker (a worker process that dies is replaced and its job retried)</source>
        <translation>这个数字被交给工作者的次数（死掉的工作进程会被替换，其任务会重试）</translation>
    </message>
    <message>
        <source>The answer checked against a deterministic Miller-Rabin test</source>
        <translation>用确定性的 Miller-Rabin 检验核对过的答案</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ 答错</translation>
    </message>
    <message>
        <source>Miller-Rabin disagrees with this answer</source>
        <translation>Miller-Rabin 检验与这个答案不符</translation>
    </message>
    <message>
        <source>Pending: waiting for a worker</source>
        <translation>等待中：等待工作者</translation>
    </message>
    <message>
        <source>Being checked by %1: %2% of its trial division done</source>
        <translation>正在由%1检测：试除已完成 %2%</translation>
    </message>
    <message>
        <source>Prime, checked by %1</source>
        <translation>素数，由%1检测</translation>
    </message>
    <message>
        <source>Composite, checked by %1</source>
        <translation>合数，由%1检测</translation>
    </message>
    <message numerus="yes">
        <source>Retried: handed to a worker %n time(s), as a worker process died</source>
        <translation>
            <numerusform>已重试：因有工作进程崩溃，已交给工作者 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: the run was stopped first</source>
        <translation>未检测：运行先被停止了</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>%1: cannot tell the format from the name; use .csv, .json or .md</source>
        <translation>%1：无法从文件名判断格式；请使用 .csv、.json 或 .md</translation>
    </message>
    <message>
        <source>The results can be written once the run has ended.</source>
        <translation>运行结束后才能写出结果。</translation>
    </message>
    <message>
        <source>%1 is still being written.</source>
        <translation>%1 仍在写入。</translation>
    </message>
</context>
<context>
    <name>RunHistoryFile</name>
    <message>
        <source>run %1: field &apos;%2&apos; is missing or wrong</source>
        <translation>第 %1 次运行：字段“%2”缺失或有误</translation>
    </message>
    <message>
        <source>not JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是 JSON：%2</translation>
    </message>
    <message>
        <source>field &apos;version&apos;: this program reads version %1</source>
        <translation>字段“version”：本程序读取的是第 %1 版</translation>
    </message>
    <message>
        <source>field &apos;runs&apos; is missing or not a list</source>
        <translation>字段“runs”缺失或不是列表</translation>
    </message>
    <message>
        <source>run %1 is not an object</source>
        <translation>第 %1 次运行不是对象</translation>
    </message>
    <message>
        <source>%1: cannot make its folder</source>
        <translation>%1：无法创建其文件夹</translation>
    </message>
    <message>
        <source>%1: %2 MB, more than a history of %3 runs ever takes</source>
        <translation>%1：%2 MB，比 %3 次运行的历史记录所能占用的还大</translation>
    </message>
    <message>
        <source>field &apos;first_run&apos;: not a whole number from 1 to %1</source>
        <translation>字段“first_run”：不是 1 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>The last complete sequential run of the same numbers divided by this run&apos;s wall time</source>
        <translation>同样数字上一次完整顺序执行的用时，除以本次运行的实际用时</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>A stopped run did less work: no speedup is claimed for it</source>
        <translation>停止的运行做的工作更少：不为它计算加速比</translation>
    </message>
    <message>
        <source>Run the sequential mode on these numbers to get a baseline</source>
        <translation>对这些数字运行一次顺序执行模式，即可得到基准</translation>
    </message>
    <message>
        <source>CPU time of Conviz and its worker processes during the run: about the wall time when one core worked, up to workers × wall time when all did</source>
        <translation>运行期间 Conviz 及其工作进程占用的 CPU 时间：只有一个CPU核工作时约等于实际用时，全部工作时最多为工作者数 × 实际用时</translation>
    </message>
    <message>
        <source>Wall (s)</source>
        <translation>实际用时（秒）</translation>
    </message>
    <message>
        <source>CPU (s)</source>
        <translation>CPU 时间（秒）</translation>
    </message>
    <message>
        <source>Wall-clock time of the run, in seconds: from its start to its last answer</source>
        <translation>本次运行的实际用时（秒）：从开始到最后一个答案</translation>
    </message>
    <message>
        <source>Speedup per worker: 100% means every worker&apos;s time became speed; none where the workers compute one at a time (coroutines on one thread, threads under a GIL)</source>
        <translation>每个工作者的加速比：100% 表示每个工作者的时间都变成了速度；工作者一次只有一个在计算时（单线程上的协程、GIL 下的线程）不计算效率</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message numerus="yes">
        <source>… and %n more number(s) without an answer</source>
        <translation>
            <numerusform>… 还有 %n 个数字没有答案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptedRun</name>
    <message>
        <source>--screenshot-dir: cannot create %1</source>
        <translation>--screenshot-dir：无法创建 %1</translation>
    </message>
    <message>
        <source>a picture was still being written after %1 s</source>
        <translation>%1 秒后仍有一张图片未写完</translation>
    </message>
</context>
<context>
    <name>SpeedupCheck</name>
    <message>
        <source>far below the ideal %1x: other programs kept %2 cores busy during the run — the figure is not the mode&apos;s own</source>
        <translation>远低于理想的 %1x：运行期间其他程序占用了 %2 个CPU核——这个数字不只反映该模式本身</translation>
    </message>
    <message>
        <source>the machine was quiet</source>
        <translation>机器很空闲</translation>
    </message>
    <message>
        <source>the machine&apos;s load is unknown</source>
        <translation>机器负载未知</translation>
    </message>
    <message numerus="yes">
        <source>far below the ideal %1x, and %2: the jobs&apos; sizes allow at most %3x with %n worker(s) (one long job, or fewer jobs than workers, caps any schedule)</source>
        <translation>
            <numerusform>远低于理想的 %1x，且%2：以这些任务的大小，%n 个工作者最多只能达到 %3x（一个很长的任务，或任务数少于工作者数，会限制任何调度）</numerusform>
        </translation>
    </message>
    <message>
        <source>far below the ideal %1x, and %2: the jobs&apos; sizes allow %3x, so the time went to the mode&apos;s own costs (starting workers, handing out jobs); longer jobs show the parallelism better</source>
        <translation>远低于理想的 %1x，且%2：以这些任务的大小本可达到 %3x，所以时间花在了该模式自身的开销上（启动工作者、分发任务）；更长的任务更能体现并行</translation>
    </message>
    <message numerus="yes">
        <source>far below the ideal %1x: the jobs&apos; sizes allow at most %3x with %n worker(s) (one long job, or fewer jobs than workers, caps any schedule), and other programs kept %2 cores busy during the run</source>
        <translation>
            <numerusform>远低于理想的 %1x：以这些任务的大小，%n 个工作者最多只能达到 %3x（一个很长的任务，或任务数少于工作者数，会限制任何调度），而且运行期间其他程序占用了 %2 个CPU核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpinnerLabPage</name>
    <message>
        <source>sleep for 3 s, the book&apos;s time.sleep(3)</source>
        <translation>休眠 3 秒，即书中的 time.sleep(3)</translation>
    </message>
    <message>
        <source>is_prime(n), CPU-bound:</source>
        <translation>is_prime(n)，CPU 密集型：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Section 19.2, the spinner.&lt;/b&gt; The spinner is turned by the window&apos;s event loop at 10 frames a second. Each supervisor starts &lt;code&gt;slow()&lt;/code&gt; in a unit of its model and waits for the answer. If the spinner stops, the event loop was blocked: the longest gap between two frames tells for how long.</source>
        <translation>&lt;b&gt;19.2 节，旋转指针。&lt;/b&gt;旋转指针由窗口的事件循环以每秒 10 帧转动。每个监督者在其模型的一个执行单元中启动 &lt;code&gt;slow()&lt;/code&gt; 并等待答案。如果旋转指针停了，说明事件循环被阻塞：两帧之间的最长间隔告诉你阻塞了多久。</translation>
    </message>
    <message>
        <source>The spinner, turned by the event loop</source>
        <translation>由事件循环转动的旋转指针</translation>
    </message>
    <message>
        <source>slow()</source>
        <translation>slow()</translation>
    </message>
    <message>
        <source>A whole number from 0 to 18446744073709551615. The default is a prime whose check takes about 3 s on this machine.</source>
        <translation>0 到 18446744073709551615 之间的整数。默认值是一个素数，在本机上检测约需 3 秒。</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Coroutine</source>
        <translation>协程</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compare with the book.&lt;/b&gt; In CPython a CPU-bound &lt;code&gt;is_prime&lt;/code&gt; in a thread still lets the spinner turn: the interpreter makes the computing thread give up the GIL every 5 ms and the spinner needs little, but two threads never compute at once. A process has its own interpreter and GIL. In C++ there is no GIL: &lt;code&gt;slow()&lt;/code&gt; in a thread or a process computes on another core and the spinner never misses a frame. The coroutine shares the event loop&apos;s only thread, as in asyncio: it keeps the spinner alive only because it yields between slices, as the lesson below measures.</source>
        <translation>&lt;b&gt;与书中对比。&lt;/b&gt;在 CPython 中，线程里 CPU 密集型的 &lt;code&gt;is_prime&lt;/code&gt; 仍能让旋转指针转动：解释器每 5 毫秒让计算线程释放一次 GIL，而旋转指针需要的很少，但两个线程永远不会同时计算。进程有自己的解释器和 GIL。C++ 没有 GIL：在线程或进程中运行的 &lt;code&gt;slow()&lt;/code&gt; 在另一个CPU核上计算，旋转指针一帧也不会漏。协程与事件循环共用唯一的线程，和 asyncio 一样：它能让旋转指针保持转动，只是因为它在分片之间让出控制权——下面的实验会测量这一点。</translation>
    </message>
    <message>
        <source>%1 (as in %2)</source>
        <translation>%1（对应 %2）</translation>
    </message>
    <message>
        <source>Start slow() in a %1</source>
        <translation>在%1中启动 slow()</translation>
    </message>
    <message>
        <source>Start it: the supervisor&apos;s steps appear here as the book prints them.</source>
        <translation>启动它：监督者的各个步骤会像书中打印的那样显示在这里。</translation>
    </message>
    <message>
        <source>slow() runs in %1</source>
        <translation>slow() 在%1中运行</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>after %1 s; longest frame gap %2 ms</source>
        <translation>用时 %1 秒；最长帧间隔 %2 毫秒</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>A coroutine that never yields (spinner_prime_async_broken.py) and the fix (spinner_prime_async_nap.py)</source>
        <translation>从不让出控制权的协程（spinner_prime_async_broken.py）及其修正（spinner_prime_async_nap.py）</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;Freeze&lt;/b&gt; runs &lt;code&gt;is_prime&lt;/code&gt; on the window&apos;s own thread without ever yielding: the whole window, spinner included, stops responding for about %1 s, then comes back with the measured freeze. &lt;b&gt;Nap&lt;/b&gt; runs the same check yielding to the event loop every K divisions.</source>
        <translation>⚠ &lt;b&gt;冻结&lt;/b&gt;在窗口自己的线程上运行 &lt;code&gt;is_prime&lt;/code&gt;，从不让出控制权：整个窗口（包括旋转指针）约 %1 秒无响应，之后恢复并显示测得的冻结时间。&lt;b&gt;小睡&lt;/b&gt;运行同样的检测，每做 K 次除法就让出控制权给事件循环。</translation>
    </message>
    <message>
        <source>Freeze the window for ~%1 s…</source>
        <translation>冻结窗口约 %1 秒…</translation>
    </message>
    <message>
        <source>Nap every K divisions</source>
        <translation>每 K 次除法小睡一次</translation>
    </message>
    <message>
        <source>K = 2^</source>
        <translation>K = 2^</translation>
    </message>
    <message>
        <source>K: divisions between two yields to the event loop. A small K keeps the window live and costs more yields; a large K leaves longer gaps.</source>
        <translation>K：两次让出控制权给事件循环之间的除法次数。K 小则窗口保持响应，但让出次数更多；K 大则间隔更长。</translation>
    </message>
    <message>
        <source>Nothing measured yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <source>Lesson runs</source>
        <translation>实验记录</translation>
    </message>
    <message>
        <source>Freeze the window?</source>
        <translation>要冻结窗口吗？</translation>
    </message>
    <message>
        <source>A coroutine will check a prime on the window&apos;s thread without ever yielding. For about %1 s the window will not redraw or respond to anything; it comes back by itself.</source>
        <translation>一个协程将在窗口的线程上检测一个素数，从不让出控制权。约 %1 秒内窗口不会重绘，也不会响应任何操作；之后会自行恢复。</translation>
    </message>
    <message>
        <source>Freeze for ~%1 s</source>
        <translation>冻结约 %1 秒</translation>
    </message>
    <message>
        <source>supervisor: calling %1</source>
        <translation>supervisor：调用 %1</translation>
    </message>
    <message>
        <source>Frozen…</source>
        <translation>已冻结…</translation>
    </message>
    <message>
        <source>Napping…</source>
        <translation>小睡中…</translation>
    </message>
    <message>
        <source>Blocked: is_prime(%1) took %2 s and the window froze for %3 ms: no frame, no click, no repaint in between.</source>
        <translation>阻塞：is_prime(%1) 用时 %2 秒，窗口冻结了 %3 毫秒：期间没有一帧画面、没有一次点击、没有一次重绘。</translation>
    </message>
    <message>
        <source>Napping every %L1 divisions (≈ %2 ms a slice): is_prime(%3) took %4 s, ×%5 the time without naps (%6); the event loop never waited more than %7 ms.</source>
        <translation>每 %L1 次除法小睡一次（每个分片约 %2 毫秒）：is_prime(%3) 用时 %4 秒，是不小睡时（%6）的 ×%5；事件循环的等待从未超过 %7 毫秒。</translation>
    </message>
    <message>
        <source>measured by Freeze</source>
        <translation>由“冻结”测得</translation>
    </message>
    <message>
        <source>estimated; Freeze measures it</source>
        <translation>估计值；“冻结”会测量它</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>停止 (Esc)</translation>
    </message>
    <message>
        <source>Stop the napping coroutine at its next yield</source>
        <translation>在下一次让出时停止小憩的协程</translation>
    </message>
    <message>
        <source>= %L1 divisions, ≈ %2 ms a slice; %3</source>
        <translation>= %L1 次除法，每片约 %2 毫秒；%3</translation>
    </message>
    <message>
        <source>the lesson takes ≈ %1 s (%L2 yields at %3 µs each, %4)</source>
        <translation>本课约需 %1 秒（%L2 次让出，每次 %3 微秒，%4）</translation>
    </message>
    <message>
        <source>measured by the last nap</source>
        <translation>由上一次小憩测得</translation>
    </message>
    <message>
        <source>assumed until a nap measures it</source>
        <translation>在小憩测得之前为假设值</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Stopped at %1% after %2 s: nothing measured, no row added.</source>
        <translation>在 %1% 处停止，用时 %2 秒：没有测量，未添加行。</translation>
    </message>
    <message>
        <source>Napping… %1% after %2 s, %3. Esc stops it.</source>
        <translation>小憩中… %2 秒后完成 %1%，%3。按 Esc 停止。</translation>
    </message>
    <message>
        <source>slow() waits without computing: the unit holds no core</source>
        <translation>slow() 只等待、不计算：该执行单元不占用CPU核</translation>
    </message>
    <message>
        <source>slow() checks the number by trial division: the unit keeps a core busy</source>
        <translation>slow() 用试除法检测这个数字：该执行单元让一个CPU核保持忙碌</translation>
    </message>
    <message>
        <source>Call slow() in a new %1 while the spinner turns; the box below logs what the supervisor does</source>
        <translation>在旋转指针转动时，在一个新的%1中调用 slow()；下面的框记录 supervisor 的每一步</translation>
    </message>
    <message>
        <source>Check a prime on the window&apos;s own thread without yielding: the window freezes (you are asked first)</source>
        <translation>在窗口自己的线程上检测一个素数且从不让出：窗口会冻结（会先询问你）</translation>
    </message>
    <message>
        <source>The same check, yielding to the event loop every K divisions; Esc stops it</source>
        <translation>同样的检测，每 K 次除法让出给事件循环一次；按 Esc 停止</translation>
    </message>
    <message>
        <source>Nap lesson</source>
        <translation>小憩课</translation>
    </message>
    <message>
        <source>Nap sweep</source>
        <translation>小憩扫描</translation>
    </message>
    <message>
        <source>Stop the napping coroutine of the lesson, or the nap sweep</source>
        <translation>停止课程中正在小憩的协程，或停止小憩扫描</translation>
    </message>
    <message>
        <source>timing this machine…</source>
        <translation>正在测定本机速度…</translation>
    </message>
    <message>
        <source>= %L1 divisions; timing this machine…</source>
        <translation>= %L1 次除法；正在测定本机速度…</translation>
    </message>
</context>
<context>
    <name>SpinnerWidget</name>
    <message>
        <source>Spinner</source>
        <translation>旋转指针</translation>
    </message>
    <message>
        <source>thinking!</source>
        <translation>thinking!</translation>
    </message>
    <message>
        <source>The longest time between two spinner frames since the run started. Frames are due every %1 ms; a longer gap means the event loop was blocked.</source>
        <translation>自运行开始以来两帧旋转指针之间的最长时间。每 %1 毫秒应有一帧；间隔更长说明事件循环被阻塞了。</translation>
    </message>
    <message>
        <source>longest frame gap: %1 ms</source>
        <translation>最长帧间隔：%1 毫秒</translation>
    </message>
</context>
<context>
    <name>SweepChart</name>
    <message>
        <source>Press Sweep: one mode with 1, 2, … workers against sequential</source>
        <translation>按“扫描”：一个模式以 1、2、……个工作者运行，与顺序执行对比</translation>
    </message>
    <message>
        <source>Speedup of %1 over sequential, by workers</source>
        <translation>%1相对顺序执行的加速比（按工作者数）</translation>
    </message>
    <message>
        <source>measured (median)</source>
        <translation>实测（中位数）</translation>
    </message>
    <message>
        <source>ideal: one per worker</source>
        <translation>理想：每个工作者一倍</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>工作者数</translation>
    </message>
    <message>
        <source>speedup over sequential (×)</source>
        <translation>相对顺序执行的加速比（×）</translation>
    </message>
    <message>
        <source>cores of this machine (%1)</source>
        <translation>本机的核心数（%1）</translation>
    </message>
    <message>
        <source>bound set by the work</source>
        <translation>工作本身设定的上限</translation>
    </message>
</context>
<context>
    <name>SweepModel</name>
    <message>
        <source>The sequential median over this median</source>
        <translation>顺序执行的中位数除以此中位数</translation>
    </message>
    <message>
        <source>One per worker: every worker&apos;s time turned into speed</source>
        <translation>每个工作者一倍：每个工作者的时间都变成了速度</translation>
    </message>
    <message>
        <source>What the work allows: total / max(largest job, total / workers)</source>
        <translation>工作本身所允许的：总量 / max(最大任务, 总量 / 工作者数)</translation>
    </message>
    <message>
        <source>Speedup per worker</source>
        <translation>每个工作者的加速比</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Wall median</source>
        <translation>墙钟中位数</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>理想</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
</context>
<context>
    <name>ThreadRunner</name>
    <message>
        <source>thread %1</source>
        <translation>线程 %1</translation>
    </message>
</context>
<context>
    <name>ThreadSupervisor</name>
    <message>
        <source>thread %1 (its tid)</source>
        <translation>线程 %1（其 tid）</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Export &amp;timeline…</source>
        <translation>导出时间线(&amp;T)…</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作者</translation>
    </message>
    <message>
        <source>One lane per worker: when each number ran and how it ended</source>
        <translation>每个工作者一条泳道：每个数字何时运行、结果如何</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>CPU核</translation>
    </message>
    <message>
        <source>One lane per CPU: which worker ran on it when</source>
        <translation>每个CPU一条泳道：哪个工作者何时在其上运行</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Show the whole run (Home, or double-click)</source>
        <translation>显示整个运行过程（Home 键或双击）</translation>
    </message>
    <message>
        <source>wheel: zoom · drag: pan · click: select</source>
        <translation>滚轮：缩放 · 拖动：平移 · 单击：选择</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG picture or an SVG drawing</source>
        <translation>将时间线保存为 PNG 图片或 SVG 图形</translation>
    </message>
    <message>
        <source>%L1 of %L2 jobs drawn</source>
        <translation>已绘制 %L1 / %L2 个任务</translation>
    </message>
    <message>
        <source>There is no run to draw yet.</source>
        <translation>还没有可绘制的运行。</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>Cannot export the timeline</source>
        <translation>无法导出时间线</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s) used</source>
        <translation>
            <numerusform>使用了 %n 个CPU核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) between cores</source>
        <translation>
            <numerusform>在CPU核之间迁移 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n 条泳道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 纳秒</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>worker %1</source>
        <translation>工作者 %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>Each run appears here as it happens: one lane per worker, each number a bar from its start to its end.</source>
        <translation>每次运行都会实时显示在这里：每个工作者一条泳道，每个数字是一根从开始到结束的条形。</translation>
    </message>
    <message>
        <source>No core is known for this run yet: threads and coroutines record the CPU of each stretch they run; worker processes do not report theirs.</source>
        <translation>本次运行尚不知道所用的CPU核：线程和协程会记录每段运行所在的CPU；工作进程不报告这一信息。</translation>
    </message>
    <message>
        <source>prime</source>
        <translation>素数</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>合数</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>已重试</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检测</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>started, waiting for its turn</source>
        <translation>已开始，等待轮到它</translation>
    </message>
    <message>
        <source>CPU %1: %2</source>
        <translation>CPU %1：%2</translation>
    </message>
    <message>
        <source>prime %1, composite %2, retried %3, not checked %4</source>
        <translation>素数 %1，合数 %2，重试 %3，未检测 %4</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>Zoom in (wheel) to see each one.</source>
        <translation>放大（滚轮）可查看每一个。</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
    <message>
        <source>running for about %1</source>
        <translation>已运行约 %1</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>未检测：%1</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>从 %1 到 %2（%3）</translation>
    </message>
    <message>
        <source>the check itself: %1</source>
        <translation>检测本身：%1</translation>
    </message>
    <message>
        <source>%1: the timeline is written as .png or .svg</source>
        <translation>%1：时间线只能写成 .png 或 .svg</translation>
    </message>
    <message>
        <source>Conviz timeline</source>
        <translation>Conviz 时间线</translation>
    </message>
    <message>
        <source>several took turns</source>
        <translation>多个轮流运行</translation>
    </message>
    <message>
        <source>CPU %1: several workers took turns on it here</source>
        <translation>CPU %1：多个工作者在此轮流运行</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>尝试 %1 次</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n migration(s)</source>
        <translation>
            <numerusform>%1：迁移 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln job(s) within a pixel</source>
        <translation>
            <numerusform>一个像素内有 %Ln 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UtilizationStrip</name>
    <message>
        <source>Cores busy over the last minute</source>
        <translation>最近一分钟忙碌的CPU核</translation>
    </message>
    <message>
        <source>No CPU sample yet</source>
        <translation>尚无CPU采样</translation>
    </message>
    <message>
        <source>%1 of %2 busy: Conviz %3, others %4</source>
        <translation>%2中有 %1 个在忙：Conviz %3，其他程序 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n core(s)</source>
        <translation>
            <numerusform>%n 个CPU核</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerBoard</name>
    <message>
        <source>The workers appear here when a run starts.</source>
        <translation>运行开始后，工作者会显示在这里。</translation>
    </message>
    <message>
        <source>%1
pid %2</source>
        <translation>%1
pid %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>正在检测 %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>stopped with work left</source>
        <translation>已停止，仍有未完成的工作</translation>
    </message>
    <message>
        <source>sent its end-of-work signal</source>
        <translation>已发出结束工作信号（毒丸）</translation>
    </message>
    <message>
        <source>waiting for a job</source>
        <translation>等待任务</translation>
    </message>
    <message>
        <source>%L1 done</source>
        <translation>完成 %L1</translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation>%1 进度</translation>
    </message>
</context>
<context>
    <name>WorkerProgram</name>
    <message>
        <source>The worker program of the processes mode (default: $CONVIZ_WORKER_PROGRAM, else conviz-worker).</source>
        <translation>进程模式使用的工作程序（默认：$CONVIZ_WORKER_PROGRAM，否则为 conviz-worker）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>WorkerProtocol</name>
    <message>
        <source>empty line</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>行长超过 %1 字节</translation>
    </message>
    <message>
        <source>binary data in line</source>
        <translation>行中有二进制数据</translation>
    </message>
    <message>
        <source>%1: bad %2</source>
        <translation>%1：%2 有误</translation>
    </message>
    <message>
        <source>%1: expected %2 fields, got %3</source>
        <translation>%1：应有 %2 个字段，实际 %3 个</translation>
    </message>
    <message>
        <source>empty field (doubled space)</source>
        <translation>空字段（连续两个空格）</translation>
    </message>
    <message>
        <source>HELLO: protocol version %1, expected %2</source>
        <translation>HELLO：协议版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>unknown message &apos;%1&apos;</source>
        <translation>未知消息“%1”</translation>
    </message>
</context>
<context>
    <name>WorkloadLoader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <source>Book fixture (20 numbers)</source>
        <translation>书中的测试数据（20 个数字）</translation>
    </message>
    <message>
        <source>Large numbers (about a second each)</source>
        <translation>大数（每个约一秒）</translation>
    </message>
    <message>
        <source>Generated list</source>
        <translation>生成的列表</translation>
    </message>
    <message>
        <source>Your numbers</source>
        <translation>你的数字</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Digits:</source>
        <translation>位数：</translation>
    </message>
    <message>
        <source>Primes:</source>
        <translation>素数占比：</translation>
    </message>
    <message>
        <source>Paste or type numbers: several per line, separated by spaces or commas; # starts a comment.</source>
        <translation>粘贴或输入数字：每行可有多个，用空格或逗号分隔；# 开始注释。</translation>
    </message>
    <message>
        <source>Load from file…</source>
        <translation>从文件加载…</translation>
    </message>
    <message>
        <source>Errors in your numbers</source>
        <translation>你的数字中的错误</translation>
    </message>
    <message>
        <source>The 20 numbers of the book&apos;s PRIME_FIXTURE, from 2 to 9,999,999,999,999,999, in the book&apos;s order.</source>
        <translation>书中 PRIME_FIXTURE 的 20 个数字，从 2 到 9,999,999,999,999,999，按书中的顺序。</translation>
    </message>
    <message>
        <source>%1 primes and semiprimes near 2^60-2^62: each takes a second or more, so the work is easy to watch.</source>
        <translation>%1 个接近 2^60-2^62 的素数和半素数：每个需要一秒或更久，便于观察工作过程。</translation>
    </message>
    <message>
        <source>%L1 generated, %2 digits</source>
        <translation>生成 %L1 个，%2 位</translation>
    </message>
    <message>
        <source>your numbers</source>
        <translation>你的数字</translation>
    </message>
    <message numerus="yes">
        <source>%n bad token(s) in your numbers: fix them to run.</source>
        <translation>
            <numerusform>你的数字中有 %n 个错误记号：改正后才能运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type, paste or load some numbers to check.</source>
        <translation>请输入、粘贴或加载要检测的数字。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1, column %2: “%3” %4</source>
        <translation>第 %1 行，第 %2 列：“%3”%4</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Type numbers instead</source>
        <translation>改为输入数字</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Read numbers from a text file. Big files are read in the background and shown as a summary.</source>
        <translation>从文本文件读取数字。大文件在后台读取，并以摘要显示。</translation>
    </message>
    <message>
        <source>The loaded file</source>
        <translation>已加载的文件</translation>
    </message>
    <message>
        <source>Leave the loaded file and check the numbers in the editor</source>
        <translation>放下已加载的文件，检测编辑器中的数字</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Stop reading the file; the numbers stay as they were</source>
        <translation>停止读取文件；数字保持原样</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1
%L2 numbers, %L3 bytes</source>
        <translation>%1
%L2 个数字，%L3 字节</translation>
    </message>
    <message>
        <source>

First lines:
%1</source>
        <translation>

前几行：
%1</translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… 还有 %L1 个</translation>
    </message>
    <message>
        <source> (and %L1 more like it)</source>
        <translation>（还有 %L1 个类似的）</translation>
    </message>
    <message>
        <source>“%1” at line %2, column %3 is read as the one number %4%5.</source>
        <translation>第 %2 行第 %3 列的“%1”被读作一个数字 %4%5。</translation>
    </message>
    <message>
        <source>“%1” at line %2, column %3 looks like one number written with thousands separators; it is read as %4 numbers%5.</source>
        <translation>第 %2 行第 %3 列的“%1”看起来是用千位分隔符写的一个数字；它被读作 %4 个数字%5。</translation>
    </message>
    <message>
        <source>Read as separate numbers</source>
        <translation>读作多个数字</translation>
    </message>
    <message>
        <source>Join into one number</source>
        <translation>合并为一个数字</translation>
    </message>
    <message>
        <source>Which numbers to check: a preset, a generated list or your own</source>
        <translation>要检测哪些数字：预设、生成的列表或你自己的数字</translation>
    </message>
    <message>
        <source>How many numbers to generate</source>
        <translation>要生成多少个数字</translation>
    </message>
    <message>
        <source>How many digits each generated number has</source>
        <translation>每个生成的数字有几位</translation>
    </message>
    <message>
        <source>About which share of the generated numbers are primes</source>
        <translation>生成的数字中素数大约占多少比例</translation>
    </message>
    <message>
        <source>Digits grouped by commas, like 1,000,003: one number, or one number per group</source>
        <translation>用逗号分组的数字，如 1,000,003：读作一个数字，还是每组一个数字</translation>
    </message>
    <message numerus="yes">
        <source>Generating %L1 numbers of %n digit(s)…</source>
        <translation>
            <numerusform>正在生成 %L1 个 %n 位数…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln number(s), %1 prime</source>
        <translation>
            <numerusform>已就绪：%Ln 个数，其中 %1 个素数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YieldLessonModel</name>
    <message>
        <source>is_prime(%1)</source>
        <translation>is_prime(%1)</translation>
    </message>
    <message>
        <source>never yields</source>
        <translation>从不让出</translation>
    </message>
    <message>
        <source>yields every 2^%1</source>
        <translation>每 2^%1 次让出</translation>
    </message>
    <message>
        <source>the whole check</source>
        <translation>整个检测</translation>
    </message>
    <message>
        <source>≈ %1 ms</source>
        <translation>≈ %1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>≈ ×%1</source>
        <translation>≈ ×%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>The time of the check against the same check without naps</source>
        <translation>检测用时与不小睡的同一检测之比</translation>
    </message>
    <message>
        <source>The longest time the event loop went without handling its %1 ms pulse</source>
        <translation>事件循环未能处理其 %1 毫秒脉冲的最长时间</translation>
    </message>
    <message>
        <source>The longest time between two spinner frames (due every %1 ms)</source>
        <translation>两帧旋转指针之间的最长时间（每 %1 毫秒应有一帧）</translation>
    </message>
    <message>
        <source>Coroutine</source>
        <translation>协程</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Against no naps</source>
        <translation>相对不小睡</translation>
    </message>
    <message>
        <source>Loop gap</source>
        <translation>循环间隔</translation>
    </message>
    <message>
        <source>Frame gap</source>
        <translation>帧间隔</translation>
    </message>
    <message>
        <source> (doubtful)</source>
        <translation>（可疑）</translation>
    </message>
    <message>
        <source>; the time without naps is an estimate: Freeze measures it</source>
        <translation>；不小憩的时间是估算值：“冻结”会测量它</translation>
    </message>
    <message>
        <source>. Run both again on a quieter machine.</source>
        <translation>。请在更空闲的机器上把两者再运行一次。</translation>
    </message>
    <message>
        <source>Faster than without naps: %1</source>
        <translation>比不小憩还快：%1</translation>
    </message>
</context>
</TS>
