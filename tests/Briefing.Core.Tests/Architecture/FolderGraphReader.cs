using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Briefing.Architecture;

/// <summary>
/// Reads which of Core's top-level folders use which from the compiled assembly: signatures, attributes and the IL of
/// method bodies, so a dependency hidden inside a method counts as much as one in a constructor.
/// </summary>
internal static class FolderGraphReader
{
    private const string Root = "Briefing";

    /// <summary>The folder name for types in the root namespace: the composition root, allowed to use everything.</summary>
    public const string CompositionRoot = "(root)";

    public static FolderGraph Read(string assemblyPath)
    {
        var graph = new FolderGraph();
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes())
        {
            var from = FolderOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                var to = FolderOf(used);
                if (to is not null)
                {
                    graph.Add(from, to, $"{Outermost(type).FullName} uses {Outermost(used).FullName}");
                }
            }
        }

        return graph;
    }

    private static string? FolderOf(TypeReference type)
    {
        var ns = Outermost(type).Namespace;
        if (ns == Root)
        {
            return CompositionRoot;
        }

        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[(Root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static List<TypeReference> UsedTypes(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        Add(found, type.BaseType);
        found.AddRange(type.Interfaces.SelectMany(i => Expand(i.InterfaceType)));
        AddAttributes(found, type.CustomAttributes);
        foreach (var field in type.Fields)
        {
            Add(found, field.FieldType);
            AddAttributes(found, field.CustomAttributes);
        }

        foreach (var property in type.Properties)
        {
            Add(found, property.PropertyType);
            AddAttributes(found, property.CustomAttributes);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(found, method);
        }

        return found;
    }

    private static void AddMethod(List<TypeReference> found, MethodDefinition method)
    {
        Add(found, method.ReturnType);
        AddAttributes(found, method.CustomAttributes);
        foreach (var parameter in method.Parameters)
        {
            Add(found, parameter.ParameterType);
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var variable in method.Body.Variables)
        {
            Add(found, variable.VariableType);
        }

        foreach (var instruction in method.Body.Instructions)
        {
            AddOperand(found, instruction);
        }
    }

    private static void AddOperand(List<TypeReference> found, Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                Add(found, type);
                break;
            case MethodReference method:
                Add(found, method.DeclaringType);
                Add(found, method.ReturnType);
                foreach (var parameter in method.Parameters)
                {
                    Add(found, parameter.ParameterType);
                }

                if (method is GenericInstanceMethod generic)
                {
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(found, argument);
                    }
                }

                break;
            case FieldReference field:
                Add(found, field.DeclaringType);
                Add(found, field.FieldType);
                break;
        }
    }

    private static void AddAttributes(List<TypeReference> found, IEnumerable<CustomAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            Add(found, attribute.AttributeType);
        }
    }

    private static void Add(List<TypeReference> found, TypeReference? type)
    {
        if (type is not null)
        {
            found.AddRange(Expand(type));
        }
    }

    /// <summary>A generic instance, array or by-ref type uses its element type and each of its type arguments.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                return Expand(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Expand));
            case TypeSpecification specification:
                return Expand(specification.ElementType);
            case GenericParameter:
                return [];
            default:
                return [type];
        }
    }
}
