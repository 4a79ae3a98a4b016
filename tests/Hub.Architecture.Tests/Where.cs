using Mono.Cecil;
using NetArchTest.Rules;

namespace Hub.Architecture.Tests;

/// <summary>Selects types for a NetArchTest rule by any test on their definition.</summary>
public sealed class Where(Func<TypeDefinition, bool> test) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) => test(type);
}
