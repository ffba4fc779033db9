/// The rationale and sources the versioning diff rules share.
enum VersioningRationale {
  static let text = """
    DAG27-08 asked the programme to confirm version-incrementing arrangements for data flows and \
    scenario variants changed by MHHS. Interim Releases change the design under a change freeze (from \
    6 Dec 2023 only material changes progress), so every participant must be able to see exactly which \
    entries changed, under which version, and which change request or design issue note allowed it.
    """

  static let sources = ["DAG27-08", "change freeze from 6 Dec 2023", "Interim Release practice"]
}
