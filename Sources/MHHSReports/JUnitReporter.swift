import MHHSLint

/// JUnit XML: `testsuites > testsuite` (one per rule that ran) `> testcase` (one per finding,
/// or one passing case for a rule that found nothing). A finding is a `<failure>` whose type is
/// its severity; a suppressed finding is `<skipped>` with the reason. `tests`, `failures`,
/// `errors` and `skipped` add up at every level.
public struct JUnitReporter: Reporter {
  public init() {}

  private struct Counts {
    var tests = 0
    var failures = 0
    var skipped = 0

    static func += (lhs: inout Counts, rhs: Counts) {
      lhs.tests += rhs.tests
      lhs.failures += rhs.failures
      lhs.skipped += rhs.skipped
    }

    var attributes: String {
      "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
    }
  }

  public func render(_ report: Report) -> String {
    let x = XMLEscaping.attribute
    var byRule: [String: [Finding]] = [:]
    for finding in report.result.findings { byRule[finding.ruleID, default: []].append(finding) }

    var suites = ""
    var total = Counts()
    for rule in report.describedRules {
      let findings = byRule[rule.id] ?? []
      var counts = Counts()
      var cases = ""
      if findings.isEmpty {
        counts.tests = 1
        cases += "    <testcase name=\"\(x(Wording.ruleFoundNothing))\" classname=\"\(x(rule.id))\"/>\n"
      }
      for finding in findings {
        counts.tests += 1
        let pointer = finding.location.pointer
        let name = (finding.entityID ?? finding.location.file) + (pointer.isEmpty ? "" : " " + pointer)
        cases +=
          "    <testcase name=\"\(x(name))\" classname=\"\(x(rule.id))\">\n"
        if let suppression = finding.suppression {
          counts.skipped += 1
          cases += "      <skipped message=\"\(x(Wording.suppression(suppression)))\"/>\n"
        } else {
          counts.failures += 1
          let body = Wording.line(finding) + "\n" + rule.summary
          cases +=
            "      <failure message=\"\(x(finding.message))\" type=\"\(x(finding.severity.rawValue))\">\(XMLEscaping.text(body))</failure>\n"
        }
        cases += "    </testcase>\n"
      }
      total += counts
      suites += "  <testsuite name=\"\(x(rule.id))\" \(counts.attributes)>\n"
      suites += "    <properties>\n"
      suites += "      <property name=\"summary\" value=\"\(x(rule.summary))\"/>\n"
      suites += "      <property name=\"defaultSeverity\" value=\"\(x(rule.defaultSeverity.rawValue))\"/>\n"
      suites += "    </properties>\n"
      suites += cases
      suites += "  </testsuite>\n"
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"\(x("\(report.tool.name) \(report.command)"))\" \(total.attributes)>\n"
      + suites + "</testsuites>\n"
  }
}
