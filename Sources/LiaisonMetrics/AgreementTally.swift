import LiaisonCore

/// Agreement counts by type and status, and the period's agreements.
struct AgreementTally {
    let rows: [AgreementTypeRow]
    let agreements: [Agreement]
    /// Agreements of any status, and those signed, in the previous period.
    let previousPeriod: (all: Int, signed: Int)

    init(agreements all: [Agreement], window: ReportWindow) {
        let known = all.filter { window.isKnown($0.date, sources: $0.sources) }
        var period: [Key: Int] = [:]
        var yearToDate: [Key: Int] = [:]
        var allTime: [Key: Int] = [:]
        var previous = (all: 0, signed: 0)
        for agreement in known {
            let key = Key(type: agreement.type, status: agreement.status)
            let placement = window.place(agreement.date)
            if placement.contains(.inPeriod) { period[key, default: 0] += 1 }
            if placement.contains(.inYearToDate) { yearToDate[key, default: 0] += 1 }
            if placement.contains(.upToPeriodEnd) { allTime[key, default: 0] += 1 }
            if placement.contains(.inPreviousPeriod) {
                previous.all += 1
                if agreement.status == .signed { previous.signed += 1 }
            }
        }
        previousPeriod = previous
        rows = AgreementType.allCases.flatMap { type in
            AgreementStatus.allCases.map { status in
                let key = Key(type: type, status: status)
                return AgreementTypeRow(type: type, status: status, period: period[key] ?? 0,
                                        yearToDate: yearToDate[key] ?? 0, allTime: allTime[key] ?? 0)
            }
        }
        agreements = known
            .filter { window.isInPeriod($0.date) }
            .sorted { LedgerDate.chronologically($0.date, $1.date) ?? ($0.id < $1.id) }
    }

    private struct Key: Hashable {
        let type: AgreementType
        let status: AgreementStatus
    }
}

/// Engagements and agreements per topic in the period.
enum TopicTally {
    static func rows(engagements: [Engagement], agreements: [Agreement]) -> [TopicRow] {
        Topic.allCases.map { topic in
            TopicRow(topic: topic,
                     engagements: engagements.count { $0.topics.contains(topic) },
                     agreements: agreements.count { $0.topics.contains(topic) })
        }
    }
}
