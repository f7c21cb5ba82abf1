using System.Runtime.InteropServices;
using LLama;
using LLama.Native;

namespace Briefing.Providers.Local;

/// <summary>Asks llama.cpp whether it accepts a GBNF grammar, before a sampler is built with it.</summary>
/// <remarks>
/// LLamaSharp adds a grammar llama.cpp refuses to the sampler chain as a null pointer, and the next sample crashes the
/// process (exit 139). Building the grammar sampler once here, where a null result can be seen, turns that crash into an error.
/// </remarks>
internal static class NativeGrammarCheck
{
    public static bool Accepts(LLamaWeights weights, string grammar)
    {
        // LLamaSharp's resolver picks the native build it loaded; asking through its assembly gets the same library, and
        // this handle only adds a reference to it, released below.
        var library = NativeLibrary.Load("llama", typeof(NativeApi).Assembly, null);
        var added = false;
        try
        {
            if (!NativeLibrary.TryGetExport(library, "llama_model_get_vocab", out var getVocabulary)
                || !NativeLibrary.TryGetExport(library, "llama_sampler_init_grammar", out var initializeGrammar)
                || !NativeLibrary.TryGetExport(library, "llama_sampler_free", out var freeSampler))
            {
                // A native build without these functions cannot be asked; LLamaSharp's own call is all that is left.
                return true;
            }

            var vocabulary = Marshal.GetDelegateForFunctionPointer<GetVocabulary>(getVocabulary);
            var initialize = Marshal.GetDelegateForFunctionPointer<InitializeGrammar>(initializeGrammar);
            var free = Marshal.GetDelegateForFunctionPointer<FreeSampler>(freeSampler);
            weights.NativeHandle.DangerousAddRef(ref added);
            var sampler = initialize(vocabulary(weights.NativeHandle.DangerousGetHandle()), grammar, "root");
            if (sampler == IntPtr.Zero)
            {
                return false;
            }

            free(sampler);
            return true;
        }
        finally
        {
            if (added)
            {
                weights.NativeHandle.DangerousRelease();
            }

            NativeLibrary.Free(library);
        }
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr GetVocabulary(IntPtr model);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr InitializeGrammar(IntPtr vocabulary, [MarshalAs(UnmanagedType.LPUTF8Str)] string grammar, [MarshalAs(UnmanagedType.LPUTF8Str)] string root);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void FreeSampler(IntPtr sampler);
}
