/// Merges two reports of the same real event (same id, two files) into one record.
///
/// Single-valued fields that both give must agree; a field only one gives is taken from
/// it; topics and sources are united. A stated date wins over the same date inferred.
struct Merge {
    private(set) var conflicts: [String] = []

    mutating func same<Value: Equatable>(_ field: String, _ first: Value, _ second: Value) -> Value {
        if first != second { conflicts.append(field) }
        return first
    }

    mutating func either<Value: Equatable>(_ field: String, _ first: Value?, _ second: Value?) -> Value? {
        if let first, let second, first != second { conflicts.append(field) }
        return first ?? second
    }

    mutating func date(_ first: LedgerDate, _ second: LedgerDate) -> LedgerDate {
        if !first.sameSpan(as: second) { conflicts.append("date") }
        return first.isInferred ? second : first
    }

    func union<Value: Equatable>(_ first: [Value], _ second: [Value]) -> [Value] {
        first + second.filter { !first.contains($0) }
    }
}

/// A record kind that can be merged with another report of itself.
protocol Mergeable: LedgerRecord {
    /// The merged record, or the names of the fields the two reports disagree on.
    func merged(with other: Self) -> Result<Self, MergeConflict>
}

struct MergeConflict: Error {
    let fields: [String]
}

extension Merge {
    /// Finishes a merge: the record when nothing conflicted.
    func result<Record>(_ record: Record) -> Result<Record, MergeConflict> {
        conflicts.isEmpty ? .success(record) : .failure(MergeConflict(fields: conflicts))
    }
}

extension Engagement: Mergeable {
    func merged(with other: Engagement) -> Result<Engagement, MergeConflict> {
        var merge = Merge()
        var result = self
        if Set(partners) != Set(other.partners) { _ = merge.same("partners", partners, other.partners) }
        result.kind = merge.same("kind", kind, other.kind)
        result.date = merge.date(date, other.date)
        result.venue = merge.either("venue", venue, other.venue)
        result.counterpart = merge.either("counterpart", counterpart, other.counterpart)
        result.event = merge.either("event", event, other.event)
        result.topics = merge.union(topics, other.topics)
        result.summary = summary ?? other.summary
        result.sources = merge.union(sources, other.sources)
        return merge.result(result)
    }
}

extension Agreement: Mergeable {
    func merged(with other: Agreement) -> Result<Agreement, MergeConflict> {
        var merge = Merge()
        var result = self
        result.type = merge.same("type", type, other.type)
        result.status = merge.same("status", status, other.status)
        if Set(parties) != Set(other.parties) { _ = merge.same("parties", parties, other.parties) }
        result.moroccoIsParty = merge.same("morocco_party", moroccoIsParty, other.moroccoIsParty)
        result.date = merge.date(date, other.date)
        result.period = merge.either("period", period, other.period)
        result.topics = merge.union(topics, other.topics)
        result.summary = summary ?? other.summary
        result.sources = merge.union(sources, other.sources)
        return merge.result(result)
    }
}

extension Initiative: Mergeable {
    /// Reports of different dates join the history; two reports of the same date must
    /// give the same status.
    func merged(with other: Initiative) -> Result<Initiative, MergeConflict> {
        var merge = Merge()
        var result = self
        result.category = merge.same("category", category, other.category)
        result.name = merge.same("name", name, other.name)
        var history = self.history
        for report in other.history {
            guard let index = history.firstIndex(where: { $0.date.sameSpan(as: report.date) }) else {
                history.append(report)
                continue
            }
            history[index].status = merge.same("status", history[index].status, report.status)
            history[index].date = merge.date(history[index].date, report.date)
            history[index].sources = merge.union(history[index].sources, report.sources)
        }
        result.history = history.sorted(by: StatusReport.chronologically)
        result.locations = merge.union(locations, other.locations)
        result.partners = merge.union(partners, other.partners)
        result.summary = summary ?? other.summary
        result.sources = merge.union(sources, other.sources)
        return merge.result(result)
    }
}

extension Figure: Mergeable {
    func merged(with other: Figure) -> Result<Figure, MergeConflict> {
        var merge = Merge()
        var result = self
        result.value = merge.same("value", value, other.value)
        result.unit = merge.same("unit", unit, other.unit)
        result.date = merge.date(date, other.date)
        result.sources = merge.union(sources, other.sources)
        return merge.result(result)
    }
}

extension Statement: Mergeable {
    func merged(with other: Statement) -> Result<Statement, MergeConflict> {
        var merge = Merge()
        var result = self
        result.speaker = merge.either("speaker", speaker, other.speaker)
        result.date = merge.date(date, other.date)
        result.partners = merge.union(partners, other.partners)
        result.sources = merge.union(sources, other.sources)
        return merge.result(result)
    }
}

extension Mention: Mergeable {
    func merged(with other: Mention) -> Result<Mention, MergeConflict> {
        var merge = Merge()
        var result = self
        result.date = merge.date(date, other.date)
        result.partners = merge.union(partners, other.partners)
        result.sources = merge.union(sources, other.sources)
        return merge.result(result)
    }
}
