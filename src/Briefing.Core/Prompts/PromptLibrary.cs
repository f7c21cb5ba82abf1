using System.Security.Cryptography;
using System.Text;
using Briefing.Briefings;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.Prompts;

/// <summary>Loads the prompt templates from the prompts folder (Semantic Kernel's prompt-directory layout) once per process.</summary>
/// <remarks>Templates are data: users edit them without recompiling, and the version hash changes with every edit.</remarks>
internal sealed class PromptLibrary
{
    public const string PluginName = "Briefing";
    public const string SummarizeFunction = "Summarize";
    public const string ReviseFunction = "Revise";
    public const string SummarizePartFunction = "SummarizePart";
    public const string CombineNotesFunction = "CombineNotes";
    public const string SummarizeStoryFunction = "SummarizeStory";
    public const string OverviewFunction = "Overview";

    /// <summary>How the version of a briefing written in parts begins.</summary>
    public const string InPartsVersionPrefix = "summarize-in-parts@";

    private const string DirectorySetting = PromptOptions.SectionName + ":" + nameof(PromptOptions.Directory);

    private readonly Lazy<KernelPlugin> _plugin;
    private readonly Lazy<string> _version;
    private readonly Lazy<string> _inPartsVersion;
    private readonly Lazy<string> _storyVersion;
    private readonly Lazy<string> _overviewVersion;

    public PromptLibrary(IOptions<PromptOptions> options)
    {
        Directory = Locate(options.Value.Directory);
        _plugin = new Lazy<KernelPlugin>(() => new Kernel().CreatePluginFromPromptDirectory(Path.Combine(Directory, PluginName)));
        _version = new Lazy<string>(() => "summarize@" + Hash(SummarizeFunction));
        _inPartsVersion = new Lazy<string>(() => InPartsVersionPrefix + Hash(SummarizeFunction, SummarizePartFunction, CombineNotesFunction));
        _storyVersion = new Lazy<string>(() => "summarize-story@" + Hash(SummarizeStoryFunction));
        _overviewVersion = new Lazy<string>(() => "overview@" + Hash(OverviewFunction));
    }

    public string Directory { get; }

    public KernelFunction Summarize => _plugin.Value[SummarizeFunction];

    /// <summary>The follow-up that names a reply's unsupported items and asks for the briefing again.</summary>
    public KernelFunction Revise => _plugin.Value[ReviseFunction];

    /// <summary>Map step for an article over the context budget: notes on one part.</summary>
    public KernelFunction SummarizePart => _plugin.Value[SummarizePartFunction];

    /// <summary>Reduce step for an article over the context budget: merges notes into shorter notes.</summary>
    public KernelFunction CombineNotes => _plugin.Value[CombineNotesFunction];

    /// <summary>One briefing for a story reported by several articles.</summary>
    public KernelFunction SummarizeStory => _plugin.Value[SummarizeStoryFunction];

    /// <summary>"Today in brief": one line per top story, from the story briefings.</summary>
    public KernelFunction Overview => _plugin.Value[OverviewFunction];

    /// <summary>"summarize-story@" and the hash of its template.</summary>
    public string SummarizeStoryVersion => _storyVersion.Value;

    /// <summary>"overview@" and the hash of its template.</summary>
    public string OverviewVersion => _overviewVersion.Value;

    /// <summary>"summarize@" and the first 12 hex digits of a SHA-256 over the template and its config.</summary>
    public string SummarizeVersion => _version.Value;

    /// <summary>The version of a briefing written in parts: every template that shaped it, so editing any of them changes it.</summary>
    public string InPartsVersion => _inPartsVersion.Value;

    private static string Locate(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new SettingException(DirectorySetting, $"Prompt folder '{configured}' (Briefing:Prompts:Directory) does not exist.");
        }

        string[] candidates = [Path.Combine(AppContext.BaseDirectory, "prompts"), Path.Combine(Environment.CurrentDirectory, "prompts")];
        return candidates.FirstOrDefault(System.IO.Directory.Exists)
            ?? throw new SettingException(DirectorySetting, "No 'prompts' folder next to the executable or in the working directory; set Briefing:Prompts:Directory.");
    }

    private string Hash(params string[] functions)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var function in functions)
        {
            foreach (var file in new[] { "skprompt.txt", "config.json" })
            {
                var text = File.ReadAllText(Path.Combine(Directory, PluginName, function, file)).ReplaceLineEndings("\n");
                sha.AppendData(Encoding.UTF8.GetBytes(text));
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
