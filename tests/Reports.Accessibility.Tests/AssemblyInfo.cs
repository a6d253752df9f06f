// The briefs are rendered once and read by every test through one PdfPig document each; PdfPig's documents
// are not safe to read from several threads (a page read on one thread loses its XObjects on another).
[assembly: CollectionBehavior(DisableTestParallelization = true)]
