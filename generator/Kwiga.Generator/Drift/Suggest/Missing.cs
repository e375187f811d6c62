using Kwiga.Generator.Contracts;

namespace Kwiga.Generator.Drift.Suggest;

/// <summary>Something the docs have and the contract lacks, as a drift finding carries it for <c>drift --suggest</c>.</summary>
public abstract record Missing;

/// <summary>A documented operation with no contract operation of its method and path shape.</summary>
public sealed record MissingOperation(DocOperation Operation) : Missing;

/// <summary>A documented parameter (table row, alias body field or example query name) the contract operation lacks.</summary>
public sealed record MissingParameter(DocOperation Operation, DocParameter Parameter, ContractOperation Contract) : Missing;

/// <summary>A field of the docs' response structure the contract's 2xx response lacks.</summary>
public sealed record MissingResponseField(DocOperation Operation, DocField Field, ContractOperation Contract) : Missing;

/// <summary>A data schema with no component of its name.</summary>
public sealed record MissingSchema(DocSchema Schema) : Missing;

/// <summary>A field of a data schema its component lacks.</summary>
public sealed record MissingSchemaField(DocSchema Schema, DocField Field) : Missing;
