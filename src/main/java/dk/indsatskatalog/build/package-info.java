/**
 * The pipeline: load → validate → render and index → export, staged beside the output folder
 * and swapped in only when every stage succeeded, so a failed build leaves the previous site.
 * The only package that names every stage.
 */
package dk.indsatskatalog.build;
