import MHHSReports
import Testing
