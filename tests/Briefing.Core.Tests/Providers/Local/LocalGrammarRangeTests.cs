using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Briefing.ModelCalls;
using Briefing.Support;
using LLama;
using LLama.Common;

namespace Briefing.Providers.Local;

/// <summary>Every grammar limit the options accept, from the default to both ends of each validated range, parses in llama.cpp and samples.</summary>
/// <remarks>llama.cpp once refused the default (a repetition of 2,000) and the process then crashed with a segmentation fault.</remarks>
public sealed class LocalGrammarRangeTests
{
    public static TheoryData<int, int> Limits()
    {
        var strings = Range(nameof(LocalModelOptions.MaxJsonStringLength));
        var items = Range(nameof(LocalModelOptions.MaxJsonArrayItems));
        var defaults = new LocalModelOptions();
        return new TheoryData<int, int>
        {
            { defaults.MaxJsonStringLength, defaults.MaxJsonArrayItems },
            { strings.Min, items.Min },
            { strings.Max, items.Max },
            { strings.Min, items.Max },
            { strings.Max, items.Min },
        };
    }

    [LocalModelTheory]
    [MemberData(nameof(Limits))]
    public void FromSchema_EveryValidatedLimit_ParsesInLlamaCpp(int maxString, int maxItems)
    {
        using var weights = LLamaWeights.LoadFromFile(new ModelParams(TestModels.Stories260K) { ContextSize = 256 });

        var schema = JsonSchemaGrammar.FromSchema(BriefingJsonSchema.Schema, new JsonGrammarLimits(1, maxString, 1, maxItems));
        var anyObject = JsonSchemaGrammar.AnyObject(new JsonGrammarLimits(1, maxString, 1, maxItems));

        Assert.True(NativeGrammarCheck.Accepts(weights, schema));
        Assert.True(NativeGrammarCheck.Accepts(weights, anyObject));
    }

    [LocalModelTheory]
    [MemberData(nameof(Limits))]
    public async Task GenerateAsync_EveryValidatedLimit_SamplesJsonWithoutCrashing(int maxString, int maxItems)
    {
        var local = new LocalModelOptions { MaxJsonStringLength = maxString, MaxJsonArrayItems = maxItems };
        using var runtime = LocalModelRuntimeTests.Runtime(TestModels.Stories260K, local);
        var grammar = JsonSchemaGrammar.FromSchema(BriefingJsonSchema.Schema, new JsonGrammarLimits(1, maxString, 1, maxItems));

        var result = await runtime.GenerateAsync(
            [new("system", "Reply in JSON."), new("user", "A dog ran home.")], new LocalGenerationRequest(24, grammar), CancellationToken.None);

        Assert.StartsWith("{", result.Text.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("\"briefing\"", result.Text, StringComparison.Ordinal);
    }

    [LocalModelFact]
    public void Accepts_GrammarLlamaCppRefuses_IsFalseInsteadOfACrash()
    {
        using var weights = LLamaWeights.LoadFromFile(new ModelParams(TestModels.Stories260K) { ContextSize = 256 });

        Assert.False(NativeGrammarCheck.Accepts(weights, "root ::= \"\\\"\" char{1,2000} \"\\\"\"\nchar ::= [a-z]\n"));
    }

    private static (int Min, int Max) Range(string property)
    {
        var range = typeof(LocalModelOptions).GetProperty(property)!.GetCustomAttribute<RangeAttribute>()!;
        return (Convert.ToInt32(range.Minimum, System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
    }
}
