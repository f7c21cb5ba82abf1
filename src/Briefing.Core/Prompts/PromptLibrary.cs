using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.Prompts;

/// <summary>Loads the prompt templates from the prompts folder (Semantic Kernel's prompt-directory layout) once per process.</summary>
/// <remarks>Templates are data: users edit them without recompiling, and the version hash changes with every edit.</remarks>
public sealed class PromptLibrary
{
    public const string PluginName = "Briefing";
    public const string SummarizeFunction = "Summarize";
    public const string ReviseFunction = "Revise";

    private readonly Lazy<KernelPlugin> _plugin;
    private readonly Lazy<string> _version;

    public PromptLibrary(IOptions<PromptOptions> options)
    {
        Directory = Locate(options.Value.Directory);
        _plugin = new Lazy<KernelPlugin>(() => new Kernel().CreatePluginFromPromptDirectory(Path.Combine(Directory, PluginName)));
        _version = new Lazy<string>(() => Hash(Path.Combine(Directory, PluginName, SummarizeFunction)));
    }

    public string Directory { get; }

    public KernelFunction Summarize => _plugin.Value[SummarizeFunction];

    /// <summary>The follow-up that names a reply's unsupported items and asks for the briefing again.</summary>
    public KernelFunction Revise => _plugin.Value[ReviseFunction];

    /// <summary>"summarize@" and the first 12 hex digits of a SHA-256 over the template and its config.</summary>
    public string SummarizeVersion => _version.Value;

    private static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"Prompt folder '{configured}' (Briefing:Prompts:Directory) does not exist.");
        }

        string[] candidates = [Path.Combine(AppContext.BaseDirectory, "prompts"), Path.Combine(Environment.CurrentDirectory, "prompts")];
        return candidates.FirstOrDefault(System.IO.Directory.Exists)
            ?? throw new DirectoryNotFoundException("No 'prompts' folder next to the executable or in the working directory; set Briefing:Prompts:Directory.");
    }

    private static string Hash(string functionDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { "skprompt.txt", "config.json" })
        {
            var text = File.ReadAllText(Path.Combine(functionDirectory, file)).ReplaceLineEndings("\n");
            sha.AppendData(Encoding.UTF8.GetBytes(text));
        }

        return "summarize@" + Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
