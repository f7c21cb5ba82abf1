using Briefing.Support;

namespace Briefing.Configuration;

/// <summary>The configuration sources and their order, through the built executable as an operator runs it.</summary>
public sealed class ConfigurationSourcesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-config-").FullName;

    private string WorkingDirectory => Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;

    private string UserConfigHome => Directory.CreateDirectory(Path.Combine(_root, "xdg")).FullName;

    [Fact]
    public async Task Brief_ProviderInWorkingDirectoryFile_IsReadAndAnUnknownOneExitsWith8NamingIt()
    {
        await WriteAsync(Path.Combine(WorkingDirectory, "appsettings.json"), """{ "Briefing": { "Model": { "Provider": "nonesuch" } } }""");

        var (exitCode, output, error) = await RunAsync([], "brief", RepositoryPaths.Sample);

        Assert.Equal(8, exitCode);
        Assert.Empty(output);
        Assert.Contains("Unknown model provider 'nonesuch' (Briefing:Model:Provider or --provider)", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Brief_ProviderFlag_WinsOverTheWorkingDirectoryFile()
    {
        await WriteAsync(Path.Combine(WorkingDirectory, "appsettings.json"), """{ "Briefing": { "Model": { "Provider": "nonesuch" } } }""");

        var (exitCode, output, error) = await RunAsync([], "brief", RepositoryPaths.Sample, "--provider", "extractive");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Key points", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ConfigShow_EveryLayerSetsTheSameKey_TheHighestWinsAndIsNamed()
    {
        await WriteAsync(Path.Combine(UserConfigHome, "briefing", "appsettings.json"), Concurrency(2, "Length", "Short"));
        await WriteAsync(Path.Combine(WorkingDirectory, "appsettings.json"), Concurrency(3, "Language", "German"));
        await WriteAsync(Path.Combine(_root, "a.json"), Concurrency(4, "Schedule", "0 6 * * *"));
        await WriteAsync(Path.Combine(_root, "b.json"), Concurrency(5, "TimeZone", "UTC"));

        var files = await RunAsync([], "config", "show", "--config", Path.Combine(_root, "a.json"), "--config", Path.Combine(_root, "b.json"));
        var environment = await RunAsync(new() { ["Briefing__Worker__Concurrency"] = "6" }, "config", "show", "--config", Path.Combine(_root, "a.json"));

        Assert.True(files.ExitCode == 0, files.Error);
        Assert.Matches(@"Briefing:Worker:Concurrency = 5 +\[--config .*b\.json\]", files.Output);
        Assert.Matches(@"Briefing:Worker:Length = Short +\[user file .*xdg/briefing/appsettings\.json\]", files.Output);
        Assert.Matches(@"Briefing:Worker:Language = German +\[working directory .*work/appsettings\.json\]", files.Output);
        Assert.Matches(@"Briefing:Worker:Schedule = 0 6 \* \* \* +\[--config .*a\.json\]", files.Output);
        Assert.Matches(@"Briefing:Worker:TimeZone = UTC +\[--config .*b\.json\]", files.Output);
        Assert.Matches(@"Briefing:Worker:OutputFolder = out +\[defaults .*appsettings\.json\]", files.Output);
        Assert.Matches(@"Briefing:Worker:Concurrency = 6 +\[environment\]", environment.Output);
    }

    [Fact]
    public async Task ConfigShow_SecretsFromEnvironment_AreMasked()
    {
        var (exitCode, output, _) = await RunAsync(
            new()
            {
                ["Briefing__Model__ApiKey"] = "sk-very-secret-1",
                ["OPENAI_API_KEY"] = "sk-very-secret-2",
                ["Briefing__Delivery__Email__Password"] = "sk-very-secret-3",
                ["Briefing__Delivery__Webhook__Urls__0"] = "https://hooks.example.org/services/T0/B0/sk-very-secret-4",
            },
            "config",
            "show");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("sk-very-secret", output, StringComparison.Ordinal);
        Assert.Matches(@"Briefing:Model:ApiKey = \*{6} +\[environment\]", output);
        Assert.Matches(@"OPENAI_API_KEY = \*{6} +\[environment\]", output);
        Assert.Matches(@"Briefing:Delivery:Email:Password = \*{6} +\[environment\]", output);
        Assert.Matches(@"Briefing:Delivery:Webhook:Urls:0 = https://hooks\.example\.org/\*{6} +\[environment\]", output);
    }

    [Fact]
    public async Task ConfigCheck_ValidConfiguration_ExitsZero()
    {
        await WriteAsync(Path.Combine(WorkingDirectory, "appsettings.json"), Concurrency(2, "Length", "Long"));

        var (exitCode, output, error) = await RunAsync([], "config", "check");

        Assert.True(exitCode == 0, output + error);
        Assert.StartsWith("The configuration is valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigCheck_SeveralMistakes_ListsEveryOneAndExits8()
    {
        await WriteAsync(Path.Combine(WorkingDirectory, "appsettings.json"), """
            {
              // comments are allowed, as in the shipped file
              "Briefing": {
                "Model": { "Provder": "openai", "ApiKey": "sk-in-a-file" },
                "Worker": { "Concurrency": "many" },
                "Ingest": { "MaxArticleBytes": 0 },
                "Gronding": { "Action": "Warn" }
              }
            }
            """);

        var (exitCode, output, _) = await RunAsync([], "config", "check");

        Assert.Equal(8, exitCode);
        Assert.Contains("5 problems in the configuration:", output, StringComparison.Ordinal);
        Assert.Contains("unknown key Briefing:Model:Provder (did you mean Provider?)", output, StringComparison.Ordinal);
        Assert.Contains("unknown key Briefing:Gronding:Action (did you mean Grounding?)", output, StringComparison.Ordinal);
        Assert.Contains("Briefing:Model:ApiKey is a secret; move it to an environment variable (Briefing__Model__ApiKey) or user-secrets.", output, StringComparison.Ordinal);
        Assert.Contains("Briefing:Worker:Concurrency 'many' is not a whole number", output, StringComparison.Ordinal);
        Assert.Contains("Briefing:Ingest:MaxArticleBytes must be between 1 and", output, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-in-a-file", output, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_MalformedWorkingDirectoryFile_Exits8NamingTheFileAndLine()
    {
        await WriteAsync(Path.Combine(WorkingDirectory, "appsettings.json"), "{\n  \"Briefing\": {\n    \"Model\": \n}\n");

        var (exitCode, _, error) = await RunAsync([], "brief", RepositoryPaths.Sample);

        Assert.Equal(8, exitCode);
        Assert.Matches(@"^briefing: The configuration file .*work/appsettings\.json is not valid JSON at line 4, column 1; fix it or remove it\.\s*$", error);
    }

    [Fact]
    public async Task Brief_MissingConfigFile_Exits8NamingIt()
    {
        var (exitCode, _, error) = await RunAsync([], "brief", RepositoryPaths.Sample, "--config", "absent.json");

        Assert.Equal(8, exitCode);
        Assert.Contains("absent.json (--config) does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigCheck_DeliveryMistakes_NameTheNearestSectionAndTheAllowedValues()
    {
        await WriteAsync(Path.Combine(WorkingDirectory, "appsettings.json"), """{ "Briefing": { "Delivery": { "Webhook": { "Format": "Discord" } } } }""");

        var (exitCode, output, _) = await RunAsync(new() { ["Briefing__Delivery__Emial__Host"] = "smtp.example.org" }, "config", "check");

        Assert.Equal(8, exitCode);
        Assert.Contains("  - environment: unknown key Briefing:Delivery:Emial:Host (did you mean Email?)", output, StringComparison.Ordinal);
        Assert.Contains("  - Briefing:Delivery:Webhook:Format 'Discord' is not one of Json, Slack, Teams;", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkerOnce_EmailWithoutRecipients_Exits8BeforeBriefingAnything()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(WorkingDirectory, "inbox")).FullName;
        File.Copy(RepositoryPaths.Sample, Path.Combine(inbox, "lavrov-talks.txt"));
        await WriteAsync(Path.Combine(WorkingDirectory, "appsettings.json"), """
            { "Briefing": { "Delivery": { "Email": { "Host": "smtp.example.org", "From": "Briefing <briefing@example.org>" } } } }
            """);

        var (exitCode, _, error) = await RunAsync([], "worker", "--once");

        Assert.Equal(8, exitCode);
        Assert.Equal("briefing: Briefing:Delivery:Email:To, Cc or Bcc must name at least one recipient when Briefing:Delivery:Email:Host is set.", error.Trim());
        Assert.True(File.Exists(Path.Combine(inbox, "lavrov-talks.txt")));
        Assert.False(Directory.Exists(Path.Combine(WorkingDirectory, "out")));
    }

    [Fact]
    public async Task ConfigShow_ConfigIsAFolder_Exits8SayingSo()
    {
        var (exitCode, _, error) = await RunAsync([], "config", "show", "--config", _root);

        Assert.Equal(8, exitCode);
        Assert.Equal($"briefing: The configuration file {_root} (--config) is a folder; name a JSON file.", error.Trim());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Concurrency(int value, string key, string other) =>
        $$"""{ "Briefing": { "Worker": { "Concurrency": {{value}}, "{{key}}": "{{other}}" } } }""";

    private static async Task WriteAsync(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
        await File.WriteAllTextAsync(path, text);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string?> environment, params string[] args)
    {
        environment["XDG_CONFIG_HOME"] = UserConfigHome;
        environment["DOTNET_ENVIRONMENT"] = null;
        return BriefingProcess.RunWithEnvironmentAsync(WorkingDirectory, environment, null, args);
    }
}
