/// The files of a new catalogue repository that are not copies of the shipped catalogue: the
/// catalogue's header, the ruleset, and the CI configurations that run `mhhs lint`. The CI files
/// name the repository holding mhhs as `OWNER/mhhs-catalogue`, to be replaced by where the team
/// gets mhhs from (README, "Starting a catalogue"), and pin it at the tag of the version that
/// wrote them (pre-commit does not support a branch as `rev`). The workflow's `with:` keys are
/// the action's inputs and the hook ids are those of `.pre-commit-hooks.yaml` (a test holds them
/// to it).
enum ScaffoldTemplates {
  /// The tag of this version of mhhs, which the CI files pin.
  static let tag = "v" + CommandRunner.version

  static let catalogue = """
    {
      "format": 1,
      "name": "MHHS design catalogue",
      "description": "The interfaces, D-flows, NFRs and change requests of our part of the MHHS design."
    }

    """

  static let ruleset = """
    {
      "extends": ["recommended"]
    }

    """

  /// A GitHub workflow running the mhhs action on pushes and pull requests, and uploading its
  /// SARIF report to code scanning.
  static let githubWorkflow = """
    # Lints the catalogue with mhhs: annotations on the pull request, SARIF for code scanning.
    # Replace OWNER/mhhs-catalogue with the repository that holds mhhs (see its README).
    name: mhhs lint
    on:
      push:
        branches: [main]
      pull_request:
    permissions:
      contents: read
      security-events: write
    jobs:
      lint:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
            with:
              fetch-depth: 0
          - id: mhhs
            uses: OWNER/mhhs-catalogue@\(tag)
            with:
              catalogue: catalogue
              baseline: baseline.json
              fail-on: error
              base-ref: ${{ github.event.pull_request.base.sha }}
          - if: always()
            uses: github/codeql-action/upload-sarif@v3
            with:
              sarif_file: ${{ steps.mhhs.outputs.sarif-file }}

    """

  /// A pre-commit configuration running the `mhhs-lint` hook with the baseline.
  static let preCommitConfig = """
    # pre-commit hooks: mhhs lint when catalogue files change.
    # Replace OWNER/mhhs-catalogue with the repository that holds mhhs (see its README).
    repos:
      - repo: https://github.com/OWNER/mhhs-catalogue
        rev: \(tag)
        hooks:
          - id: mhhs-lint
            args: [catalogue, --baseline, baseline.json]

    """

  /// A GitLab CI job publishing the findings as JUnit and Code Quality reports.
  static let gitlabCI = """
    # Lints the catalogue with mhhs; findings show in merge requests as JUnit tests and Code Quality.
    # Replace OWNER/mhhs-catalogue with the repository that holds mhhs (see its README).
    mhhs-lint:
      image: swift:6.0
      variables:
        MHHS_REPOSITORY: https://github.com/OWNER/mhhs-catalogue.git
        MHHS_REF: \(tag)
      script:
        - git clone --depth 1 --branch "$MHHS_REF" "$MHHS_REPOSITORY" /tmp/mhhs
        - swift build -c release --package-path /tmp/mhhs
        - /tmp/mhhs/.build/release/mhhs lint catalogue --baseline baseline.json --format junit --output mhhs-junit.xml --fail-on never
        - /tmp/mhhs/.build/release/mhhs lint catalogue --baseline baseline.json --format codeclimate --output gl-code-quality.json --fail-on never
        - /tmp/mhhs/.build/release/mhhs lint catalogue --baseline baseline.json --fail-on error
      artifacts:
        when: always
        reports:
          junit: mhhs-junit.xml
          codequality: gl-code-quality.json

    """
}
