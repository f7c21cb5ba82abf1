using Briefing.App.Configuration;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Delivery;
using Briefing.State;
using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.App.Commands;

/// <summary>Turns the failures a user can act on into one line on stderr and a documented exit code.</summary>
/// <remarks>Anything else is a bug: it is reported with its message on one line, still without a stack trace.</remarks>
internal static class CommandFailures
{
    public static async Task<int> GuardAsync(TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (ArticleException e)
        {
            return await FailAsync(error, e.Message, ExitCodes.For(e.Kind));
        }
        catch (ModelException e)
        {
            return await FailAsync(error, e.Message, ExitCodes.ModelFailed);
        }
        catch (OptionsValidationException e)
        {
            return await FailAsync(error, string.Join(" ", e.Failures.Select(ValidationMessage)), ExitCodes.Configuration);
        }
        catch (SettingException e)
        {
            return await FailAsync(error, e.Message, ExitCodes.Configuration);
        }
        catch (StateStoreException e)
        {
            return await FailAsync(error, e.Message, ExitCodes.Configuration);
        }
        catch (StateLockedException e)
        {
            return await FailAsync(error, e.Message, ExitCodes.Busy);
        }
        catch (ConfigurationException e)
        {
            return await FailAsync(error, e.Message, ExitCodes.Configuration);
        }
        catch (InvalidOperationException e) when (BindingFailure.TryDescribe(e, out var message))
        {
            return await FailAsync(error, message, ExitCodes.Configuration);
        }
        catch (OperationCanceledException)
        {
            return await FailAsync(error, "Cancelled.", ExitCodes.Cancelled);
        }
        catch (OutputWriteException e)
        {
            return await FailAsync(error, $"{e.Message.TrimEnd('.')}; the output was not written.", ExitCodes.Unexpected);
        }
        catch (UnauthorizedAccessException e)
        {
            return await FailAsync(error, $"Permission denied: {ItemFailure.OneLine(e.Message)}", ExitCodes.Unexpected);
        }
        catch (Exception e)
        {
            // A bug or an unforeseen failure of the machine: still one line, so no stack trace reaches a user or a log.
            return await FailAsync(error, $"Unexpected failure: {ItemFailure.OneLine(e.Message)}", ExitCodes.Unexpected);
        }
    }

    // DataAnnotations wraps each message in "DataAnnotation validation failed for 'X' members: '' with the error: '...'.";
    // the user needs only the message itself.
    private static string ValidationMessage(string failure)
    {
        const string Marker = "with the error: '";
        var start = failure.IndexOf(Marker, StringComparison.Ordinal);
        return start < 0 ? failure : failure[(start + Marker.Length)..].TrimEnd('.').TrimEnd('\'');
    }

    private static async Task<int> FailAsync(TextWriter error, string message, int exitCode)
    {
        await error.WriteLineAsync($"briefing: {message}");
        return exitCode;
    }
}
