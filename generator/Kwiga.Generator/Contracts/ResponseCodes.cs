namespace Kwiga.Generator.Contracts;

/// <summary>Classifies response status keys (<c>200</c>, <c>2XX</c>, <c>default</c>).</summary>
public static class ResponseCodes
{
    /// <summary>True for <c>2xx</c> codes and the <c>2XX</c> range.</summary>
    public static bool IsSuccess(string code) =>
        code.Length == 3 && code[0] == '2';
}
