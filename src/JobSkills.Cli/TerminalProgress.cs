using Spectre.Console;

namespace JobSkills.Cli;

/// <summary>A Spectre progress bar on stderr while work runs, only when stderr is a terminal; it clears itself when done.</summary>
internal static class TerminalProgress
{
    public static async Task<T> RunAsync<T>(CliConsole console, string description, Func<ProgressTask?, Task<T>> work)
    {
        if (!console.ShowProgress)
        {
            return await work(null);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        return await terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(context => work(context.AddTask(Markup.Escape(description))));
    }

    /// <summary>Reports synchronously: Progress&lt;T&gt; would post to the thread pool and could update the bar after it is gone.</summary>
    public static IProgress<T>? Reporter<T>(ProgressTask? task, Action<ProgressTask, T> update) =>
        task is null ? null : new SyncProgress<T>(value => update(task, value));

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
