import MHHSCatalogue
import Testing
