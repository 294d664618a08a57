import * as echarts from 'echarts';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import fs from 'fs';
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
c.setOption({ animation:false, xAxis:{type:'category',data:['a','b','c']}, yAxis:{}, series:[{type:'line',data:[1,3,2]}]});
const svg = c.renderToSVGString(); console.log(svg.length);
const doc = new PDFDocument(); const out = fs.createWriteStream('/tmp/ec.pdf'); doc.pipe(out); SVGtoPDF(doc, svg, 50, 50); doc.end();
out.on('finish', ()=>console.log('pdf', fs.statSync('/tmp/ec.pdf').size));
