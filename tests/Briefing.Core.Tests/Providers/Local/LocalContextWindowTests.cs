using Briefing.Support;
using Microsoft.Extensions.Options;

namespace Briefing.Providers.Local;

/// <summary>The local context never exceeds what the model was trained on, read from the GGUF header without loading the weights.</summary>
public sealed class LocalContextWindowTests
{
    [LocalModelFact]
    public void Read_TestModel_IsItsTrainedContext() =>
        Assert.Equal(2048, GgufContextLength.Read(TestModels.Stories260K));

    [LocalModelTheory]
    [InlineData(8192, 2048)]
    [InlineData(1024, 1024)]
    public void Tokens_ConfiguredSize_IsCappedAtTheTrainedContext(int configured, int expected)
    {
        var window = Window(TestModels.Stories260K, configured);

        Assert.Equal(expected, window.Tokens);
        Assert.Equal(configured > 2048 ? "the 2,048-token context the model was trained on" : "Briefing:Model:Local:ContextSize", window.Limit);
    }

    [Fact]
    public void Tokens_FileThatIsNotGguf_IsTheConfiguredSize()
    {
        using var file = new TempFile("not a model"u8.ToArray(), ".gguf");

        Assert.Null(GgufContextLength.Read(file.Path));
        Assert.Equal(8192, Window(file.Path, 8192).Tokens);
    }

    [LocalModelFact]
    public void Read_TruncatedHeader_IsNullNotAnError()
    {
        var bytes = File.ReadAllBytes(TestModels.Stories260K);
        using var file = new TempFile(bytes[..40], ".gguf");

        Assert.Null(GgufContextLength.Read(file.Path));
    }

    private static LocalContextWindow Window(string model, int contextSize)
    {
        var local = Options.Create(new LocalModelOptions { ContextSize = contextSize });
        return new LocalContextWindow(Options.Create(new ModelOptions { Provider = "local", ModelId = model }), local, new LocalModelStore(local));
    }
}
