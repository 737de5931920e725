using System;
using System.CommandLine;
using System.IO;
using System.Text;
using ClaimRecon.Arithmetic;
using ClaimRecon.Cli.Input;
using ClaimRecon.Serialization;
using Newtonsoft.Json;

namespace ClaimRecon.Cli.Commands
{
    /// <summary><c>claimrecon extract a.txt b.txt</c>: reads articles into claims (JSON) for review and correction, and the relations they imply.</summary>
    internal static class ExtractCommand
    {
        /// <summary>The command's name.</summary>
        public const string Name = "extract";

        /// <summary>Creates the command.</summary>
        /// <param name="io">Where it writes.</param>
        /// <returns>The command.</returns>
        public static Command Create(CommandIo io)
        {
            var files = new Argument<string[]>("files")
            {
                Description = "Article text files (UTF-8), optionally opened by header lines 'outlet: ...', 'published: yyyy-mm-dd', 'url: ...', 'byline: ...' and a line '---'.",
                Arity = ArgumentArity.OneOrMore,
            };
            FileArguments.RejectOptionLike(files);
            var outlet = TextOptions.Outlet();
            var published = TextOptions.Published();
            var output = new Option<string?>("--out", "-o") { Description = "Write the claims JSON to this file instead of standard output.", HelpName = "path" };
            var relationsOut = new Option<string?>("--relations-out") { Description = "Write the relations the articles imply (proposed, for review) to this JSON file, in the format --relations reads.", HelpName = "path" };
            var command = new Command(Name, "Read articles into claims (JSON) for review: each figure with its source, stance, dates, quantity and sentence.")
            {
                files, outlet, published, output, relationsOut,
            };
            command.SetAction(parsed => Run(parsed.GetValue(files) ?? Array.Empty<string>(), parsed.GetValue(outlet) ?? Array.Empty<string>(), parsed.GetValue(published) ?? Array.Empty<string>(), parsed.GetValue(output), parsed.GetValue(relationsOut), io));
            return command;
        }

        private static int Run(string[] files, string[] outlets, string[] published, string? output, string? relationsOut, CommandIo io)
        {
            if (ArticleInput.Reconcile(files, outlets, published, Name, io, out var result) is { } failed)
            {
                return failed;
            }

            var json = ClaimJson.Write(result!.Claims);
            try
            {
                if (output is null)
                {
                    io.Stdout.Write(json);
                    io.Stdout.Flush();
                }
                else
                {
                    File.WriteAllText(output, json, new UTF8Encoding(false));
                }

                if (relationsOut is not null)
                {
                    File.WriteAllText(relationsOut, RelationsJson(result), new UTF8Encoding(false));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return io.UsageError(Name, output is not null && !File.Exists(output) ? "--out" : "--relations-out", $"cannot write: {e.Message}");
            }

            return ExitCodes.Ok;
        }

        private static string RelationsJson(Articles.ArticleReconciliation result)
        {
            using var text = new StringWriter();
            using (var json = new JsonTextWriter(text) { Formatting = Formatting.Indented })
            {
                json.WriteStartArray();
                foreach (var proposed in result.ProposedRelations)
                {
                    var relation = proposed.Relation;
                    json.WriteStartObject();
                    json.WritePropertyName("comment");
                    json.WriteValue($"proposed ({proposed.Rule}) from {proposed.ArticleId}: {proposed.Sentence}");
                    json.WritePropertyName("kind");
                    json.WriteValue(KindName(relation.Kind));
                    json.WritePropertyName("target");
                    json.WriteValue(relation.Target.ToString());
                    json.WritePropertyName("operands");
                    json.WriteStartArray();
                    foreach (var operand in relation.Operands)
                    {
                        json.WriteValue(operand.ToString());
                    }

                    json.WriteEndArray();
                    json.WritePropertyName("name");
                    json.WriteValue(relation.Name);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            return text.ToString() + Environment.NewLine;
        }

        private static string KindName(RelationKind kind) => kind switch
        {
            RelationKind.Product => "product",
            RelationKind.Sum => "sum",
            RelationKind.Ratio => "ratio",
            RelationKind.PercentOf => "percentOf",
            _ => "perPeriod",
        };
    }

    /// <summary>The options that give each article file its outlet and publication time.</summary>
    internal static class TextOptions
    {
        /// <summary>Creates <c>--outlet</c>.</summary>
        /// <returns>The option.</returns>
        public static Option<string[]> Outlet() => new("--outlet")
        {
            Description = "The outlet that published the article; once for all files or once per file, in order (wins over an 'outlet:' header line; default: the file's name).",
            HelpName = "name",
            AllowMultipleArgumentsPerToken = false,
        };

        /// <summary>Creates <c>--published</c>.</summary>
        /// <returns>The option.</returns>
        public static Option<string[]> Published() => new("--published")
        {
            Description = "When the article was published (yyyy-mm-dd or yyyy-mm-ddThh:mm:ss+hh:mm); once for all files or once per file, in order (wins over a 'published:' header line).",
            HelpName = "time",
            AllowMultipleArgumentsPerToken = false,
        };
    }
}
