/// One way a partner is named in text: its name, an alias, a demonym or an agency.
public struct NameForm: Hashable, Sendable {
    /// What kind of name a form is.
    public enum Kind: String, Sendable, Hashable {
        /// The English or French name, or an organisation's name or acronym.
        case name
        /// Another name: a long official form, a variant ("Turkey"), an abbreviation ("UK").
        case alias
        /// A demonym in English or French ("Spanish", "espagnole").
        case demonym
        /// An agency whose name implies the country ("BKA", "Guardia Civil").
        case agency
    }

    public let text: String
    /// The partner code the form names.
    public let code: String
    public let kind: Kind
    /// `en` or `fr` for a form of one language (an English demonym, a French name);
    /// `nil` for a form used in both (acronyms, agencies, most aliases).
    public let language: String?

    init(text: String, code: String, kind: Kind, language: String? = nil) {
        self.text = text
        self.code = code
        self.kind = kind
        self.language = language
    }
}
