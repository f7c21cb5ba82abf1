using System.CommandLine;

namespace Briefing.App.Commands;

/// <summary>Flags that choose the model for one run; they override appsettings.json and the environment.</summary>
internal sealed class ProviderOptions
{
    private readonly Option<string?> _provider = new("--provider", "-p")
    {
        Description = "Model provider: extractive (built-in, no model), openai, azure-openai, openai-compatible, local or fake.",
    };

    private readonly Option<string?> _model = new("--model", "-m")
    {
        Description = "Model id, e.g. gpt-4o-mini or llama3.2; for --provider local, a .gguf file or a name installed with 'briefing model pull'.",
    };

    private readonly Option<string?> _endpoint = new("--endpoint")
    {
        Description = "Base URL of an OpenAI-compatible server (e.g. http://localhost:11434/v1) or Azure OpenAI resource.",
    };

    private readonly Option<string?> _fakeReply = new("--fake-reply")
    {
        Description = "For --provider fake: a reply file, or a folder of reply files used in name order.",
    };

    private readonly Option<string?> _prompts = new("--prompts")
    {
        Description = "Folder of prompt templates to use instead of the installed ones.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_provider);
        command.Options.Add(_model);
        command.Options.Add(_endpoint);
        command.Options.Add(_fakeReply);
        command.Options.Add(_prompts);
    }

    public IReadOnlyDictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        Add(overrides, "Briefing:Model:Provider", parse.GetValue(_provider));
        Add(overrides, "Briefing:Model:ModelId", parse.GetValue(_model));
        Add(overrides, "Briefing:Model:Endpoint", parse.GetValue(_endpoint));
        Add(overrides, "Briefing:Model:FakeReplyPath", parse.GetValue(_fakeReply));
        Add(overrides, "Briefing:Prompts:Directory", parse.GetValue(_prompts));
        return overrides;
    }

    private static void Add(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            overrides[key] = value;
        }
    }
}
